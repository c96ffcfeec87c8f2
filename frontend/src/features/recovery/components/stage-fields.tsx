import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { Select } from '../../../components/select';
import { Textarea } from '../../../components/textarea';
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate, type DateParts } from '../../../lib/dates';
import type { DischargeReason, Medication, NewStage, Stage } from '../api/recovery';
import { DISCHARGE_REASONS, MEDICATIONS, optionsOf, STAGES } from './recovery-words';

export interface StageDraft {
  stage: string;
  stageDate: DateParts;
  medication: string;
  dischargeReason: string;
  notes: string;
}

export const emptyStage = (): StageDraft => ({
  stage: '',
  stageDate: emptyDate(),
  medication: '',
  dischargeReason: '',
  notes: '',
});

/**
 * Answer names are the API's with a prefix (`firstStage.` on the enrolment form); element ids use a
 * dash instead of the dot.
 */
export function stageFieldId(prefix: string, field: string): string | null {
  if (!field.startsWith(prefix)) return null;
  const part = field.substring(prefix.length);
  const id = `${prefix.replace(/\.$/, '-')}${part}`;
  return part === 'stageDate' ? `${id}-day` : id;
}

export function validateStage(draft: StageDraft, prefix = ''): FieldError[] {
  const problems: FieldError[] = [];
  if (!draft.stage) problems.push({ field: `${prefix}stage`, message: 'Choose the pathway stage' });
  const date = dateProblem(draft.stageDate, 'the date of the stage', { notInFuture: true });
  if (date) problems.push({ field: `${prefix}stageDate`, message: date });
  if (draft.stage === 'PRESCRIBING' && !draft.medication)
    problems.push({ field: `${prefix}medication`, message: 'Choose what is prescribed' });
  if (draft.stage === 'REHAB_EARLY_DISCHARGE' && !draft.dischargeReason) {
    problems.push({ field: `${prefix}dischargeReason`, message: 'Choose why the participant was discharged early' });
  }
  return problems;
}

export function stageAnswers(draft: StageDraft): NewStage {
  return {
    stage: (draft.stage || null) as Stage | null,
    stageDate: toIsoDate(draft.stageDate),
    medication: draft.stage === 'PRESCRIBING' ? ((draft.medication || null) as Medication | null) : null,
    dischargeReason:
      draft.stage === 'REHAB_EARLY_DISCHARGE' ? ((draft.dischargeReason || null) as DischargeReason | null) : null,
    notes: draft.notes.trim() || null,
  };
}

interface Props {
  /** '' on the participant page, 'firstStage.' on the enrolment form */
  prefix: string;
  draft: StageDraft;
  onChange: (draft: StageDraft) => void;
  error: (field: string) => string | undefined;
  /** drug workers' own notes on the stage; only they read them back */
  notesHint?: string;
}

/** A treatment pathway stage: which, when, and the medication or discharge reason where the stage has one. */
export function StageFields({ prefix, draft, onChange, error, notesHint }: Props) {
  const id = (part: string) => `${prefix.replace(/\.$/, '-')}${part}`;
  const set = (change: Partial<StageDraft>) => onChange({ ...draft, ...change });
  return (
    <>
      <Radios
        name={id('stage')}
        legend="Pathway stage"
        legendSize="s"
        error={error(`${prefix}stage`)}
        value={draft.stage}
        onChange={(stage) => set({ stage })}
        options={optionsOf(STAGES).map((o) => ({
          ...o,
          conditional:
            o.value === 'PRESCRIBING' ? (
              <Select
                id={id('medication')}
                label="What is prescribed"
                placeholder="Choose the medication"
                error={error(`${prefix}medication`)}
                options={optionsOf(MEDICATIONS)}
                value={draft.medication}
                onChange={(medication) => set({ medication })}
              />
            ) : o.value === 'REHAB_EARLY_DISCHARGE' ? (
              <Select
                id={id('dischargeReason')}
                label="Why the participant was discharged early"
                placeholder="Choose the reason"
                error={error(`${prefix}dischargeReason`)}
                options={optionsOf(DISCHARGE_REASONS)}
                value={draft.dischargeReason}
                onChange={(dischargeReason) => set({ dischargeReason })}
              />
            ) : undefined,
        }))}
      />
      <DateInput
        id={id('stageDate')}
        legend="Date of the stage"
        error={error(`${prefix}stageDate`)}
        value={draft.stageDate}
        onChange={(stageDate) => set({ stageDate })}
      />
      <Textarea
        id={id('notes')}
        label="Notes on the stage (optional)"
        hint={notesHint}
        error={error(`${prefix}notes`)}
        value={draft.notes}
        onChange={(e) => set({ notes: e.target.value })}
      />
    </>
  );
}
