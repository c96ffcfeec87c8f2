import { Radios } from '../../../components/radios';
import { Select } from '../../../components/select';
import { Textarea } from '../../../components/textarea';
import { useApiData } from '../../../lib/use-api-data';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { listEcuInvestigators, listFilingOutcomeCodes, listPolicingAreas } from '../../../api/reference';
import {
  emptyTriage,
  NFIB_RETURN_REASONS,
  triageAnswers,
  validateTriage,
  type TriageDraft,
} from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_Triage: lines of enquiry, priority and the decision, with whom to or why it is filed. */
export function TriageForm(props: TaskFormProps) {
  const { detail, busy } = props;
  const { draft, set, error, submit } = useTaskDraft<TriageDraft>(props, emptyTriage, triageAnswers, validateTriage);
  const officers = useApiData(listEcuInvestigators);
  const areas = useApiData(listPolicingAreas);
  const outcomes = useApiData(listFilingOutcomeCodes);

  return (
    <form onSubmit={submit} noValidate>
      {detail.returnComment && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Sent back by a supervisor: {detail.returnComment}
          </strong>
        </div>
      )}
      <Textarea
        id="linesOfEnquiry"
        label="Reasonable lines of enquiry"
        labelSize="m"
        hint="One per line. Leave empty if there are none; a crime with lines of enquiry cannot be filed."
        rows={5}
        error={error('linesOfEnquiry')}
        value={draft.linesOfEnquiry}
        onChange={(e) => set({ linesOfEnquiry: e.target.value })}
      />
      <Radios
        name="priority"
        legend="Priority"
        inline
        error={error('priority')}
        value={draft.priority}
        onChange={(priority) => set({ priority })}
        options={[
          { value: 'HIGH', label: 'High' },
          { value: 'MEDIUM', label: 'Medium' },
          { value: 'LOW', label: 'Low' },
        ]}
      />
      <Radios
        name="decision"
        legend="Decision"
        error={error('decision')}
        value={draft.decision}
        onChange={(decision) => set({ decision })}
        options={[
          {
            value: 'ALLOCATE_ECU',
            label: 'Allocate to an ECU officer',
            conditional: (
              <Select
                id="officer"
                label="Officer (optional)"
                hint="Leave blank for a supervisor to allocate the case from their ready to allocate list"
                placeholder="Choose an officer"
                error={error('officer') ?? officers.error ?? undefined}
                value={draft.officer}
                onChange={(officer) => set({ officer })}
                options={(officers.data ?? []).map((m) => ({ value: m.username, label: m.displayName }))}
              />
            ),
          },
          {
            value: 'ALLOCATE_AREA',
            label: 'Allocate to a policing area',
            conditional: (
              <Select
                id="policingArea"
                label="Policing area"
                placeholder="Choose a policing area"
                error={error('policingArea') ?? areas.error ?? undefined}
                value={draft.policingArea}
                onChange={(policingArea) => set({ policingArea })}
                options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              />
            ),
          },
          {
            value: 'FILE',
            label: 'File with no further action',
            hint: 'Only when there are no reasonable lines of enquiry',
            conditional: (
              <>
                <Textarea
                  id="filingRationale"
                  label="Rationale for filing"
                  error={error('filingRationale')}
                  value={draft.filingRationale}
                  onChange={(e) => set({ filingRationale: e.target.value })}
                />
                <Select
                  id="filingOutcomeCode"
                  label="Outcome code"
                  hint="Usually 18: investigation complete, no suspect identified"
                  placeholder="Choose an outcome code"
                  error={error('filingOutcomeCode') ?? outcomes.error ?? undefined}
                  value={draft.filingOutcomeCode}
                  onChange={(filingOutcomeCode) => set({ filingOutcomeCode })}
                  options={(outcomes.data ?? []).map((o) => ({ value: o.code, label: `${o.code} – ${o.name}` }))}
                />
              </>
            ),
          },
          {
            value: 'RETURN_TO_NFIB',
            label: 'Return to NFIB: not for this force',
            hint: 'The crime is finalised with outcome 20 (another body has investigation primacy)',
            conditional: (
              <>
                <Radios
                  name="nfibReturnReason"
                  legend="Why is it not for this force?"
                  legendSize="s"
                  error={error('nfibReturnReason')}
                  value={draft.nfibReturnReason}
                  onChange={(nfibReturnReason) => set({ nfibReturnReason })}
                  options={NFIB_RETURN_REASONS}
                />
                <Textarea
                  id="nfibReturnDetail"
                  label="Explain the return for the NFIB"
                  error={error('nfibReturnDetail')}
                  value={draft.nfibReturnDetail}
                  onChange={(e) => set({ nfibReturnDetail: e.target.value })}
                />
              </>
            ),
          },
        ]}
      />
      <SubmitButton busy={busy}>Save triage decision</SubmitButton>
    </form>
  );
}
