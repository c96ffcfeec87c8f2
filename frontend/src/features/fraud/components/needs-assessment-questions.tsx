import type { Dispatch, SetStateAction } from 'react';
import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { ENHANCED_RIGHTS_LABELS } from './case-labels';
import type { NeedsAssessmentDraft } from './needs-assessment';

interface Props {
  draft: NeedsAssessmentDraft;
  setDraft: Dispatch<SetStateAction<NeedsAssessmentDraft>>;
  error: (id: string) => string | undefined;
}

/** The questions of a needs assessment (Victims' Code Right 4), on the case page and the re-assessment task. */
export function NeedsAssessmentQuestions({ draft, setDraft, error }: Props) {
  return (
    <>
      <DateInput
        id="assessedOn"
        legend="When did you assess the victim’s needs?"
        hint="For example, 27 3 2025"
        error={error('assessedOn-day') ?? error('assessedOn')}
        value={draft.assessedOn}
        onChange={(assessedOn) => setDraft((d) => ({ ...d, assessedOn }))}
      />
      <TextInput
        id="assessedTime"
        label="Time of the assessment"
        hint="Use the 24-hour clock, for example 14:30"
        className="govuk-input--width-5"
        inputMode="numeric"
        autoComplete="off"
        error={error('assessedTime')}
        value={draft.assessedTime}
        onChange={(e) => setDraft((d) => ({ ...d, assessedTime: e.target.value }))}
      />
      <Radios
        name="enhancedRights"
        legend="Is the victim entitled to Enhanced Rights?"
        legendSize="s"
        error={error('enhancedRights')}
        value={draft.enhancedRights}
        onChange={(enhancedRights) => setDraft((d) => ({ ...d, enhancedRights }))}
        options={[
          {
            value: 'yes',
            label: 'Yes',
            conditional: (
              <Radios
                name="enhancedRightsCategory"
                legend="Why?"
                legendSize="s"
                error={error('enhancedRightsCategory')}
                value={draft.enhancedRightsCategory}
                onChange={(enhancedRightsCategory) => setDraft((d) => ({ ...d, enhancedRightsCategory }))}
                options={Object.entries(ENHANCED_RIGHTS_LABELS).map(([value, text]) => ({ value, label: text }))}
              />
            ),
          },
          { value: 'no', label: 'No' },
        ]}
      />
      <Textarea
        id="enhancedRightsReason"
        label="Reason for the Enhanced Rights answer"
        rows={3}
        error={error('enhancedRightsReason')}
        value={draft.enhancedRightsReason}
        onChange={(e) => setDraft((d) => ({ ...d, enhancedRightsReason: e.target.value }))}
      />
      <Textarea
        id="supportNeeds"
        label="Support needs found (optional)"
        hint="Communication needs are recorded on the case and shown on every contact task"
        rows={3}
        error={error('supportNeeds')}
        value={draft.supportNeeds}
        onChange={(e) => setDraft((d) => ({ ...d, supportNeeds: e.target.value }))}
      />
    </>
  );
}
