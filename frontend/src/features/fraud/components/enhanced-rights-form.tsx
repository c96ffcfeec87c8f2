import { useState, type FormEvent } from 'react';
import type { ErrorItem } from '../../../components/error-summary';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { recordEnhancedRights, type EnhancedRights } from '../api/fraud-cases';
import { ENHANCED_RIGHTS_LABELS } from './case-labels';
import { caseErrorItems, saveProblems } from './case-problems';
import { enhancedRightsAnswers, validateEnhancedRights, type EnhancedRightsDraft } from './case-forms';
import { SubmitButton } from '../../../components/submit-button';

interface Props {
  reference: string;
  current: EnhancedRights | null;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onSaved: (notice: string) => void;
}

/** Records the Victims' Code enhanced-rights category the victim qualifies for. */
export function EnhancedRightsForm({ reference, current, errorFor, onProblems, onSaved }: Props) {
  const [draft, setDraft] = useState<EnhancedRightsDraft>({
    category: current?.category ?? '',
    reason: current?.reason ?? '',
  });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateEnhancedRights(draft);
    if (problems.length > 0) return onProblems(caseErrorItems(problems, [], 'enhanced-rights-'));
    setBusy(true);
    try {
      await recordEnhancedRights(reference, enhancedRightsAnswers(draft));
      onSaved('Enhanced rights recorded');
    } catch (e) {
      onProblems(saveProblems(e, [], 'enhanced-rights-'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="enhanced-rights-form-heading">
      <h3 className="govuk-heading-s" id="enhanced-rights-form-heading">
        {current ? 'Change the enhanced rights' : 'Record enhanced rights'}
      </h3>
      <Radios
        name="enhanced-rights-category"
        legend="Why does the victim qualify for enhanced rights?"
        legendSize="s"
        error={errorFor('enhanced-rights-category')}
        value={draft.category}
        onChange={(category) => setDraft((d) => ({ ...d, category }))}
        options={Object.entries(ENHANCED_RIGHTS_LABELS).map(([value, text]) => ({ value, label: text }))}
      />
      <Textarea
        id="enhanced-rights-reason"
        label="Reason"
        hint="What the assessment found"
        rows={3}
        error={errorFor('enhanced-rights-reason')}
        value={draft.reason}
        onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
      />
      <SubmitButton busy={busy}>Save enhanced rights</SubmitButton>
    </form>
  );
}
