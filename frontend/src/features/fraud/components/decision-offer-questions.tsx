import { Radios } from '../../../components/radios';
import type { FieldError } from '../../../lib/api-client';
import { errorFor } from '../../../lib/task-form';
import { DECISION_UPDATE, PERSONAL_STATEMENT_OFFERS, type OfferDraft } from './decision-offers';

interface Props {
  taskType: string;
  offers: OfferDraft;
  errors: FieldError[];
  onChange: (change: Partial<OfferDraft>) => void;
}

/** The offers a told update records: the Victims' Right to Review, or the victim's answer to a personal statement. */
export function DecisionOfferQuestions({ taskType, offers, errors, onChange }: Props) {
  if (taskType === DECISION_UPDATE) {
    return (
      <Radios
        name="reviewOffered"
        legend="Was the victim offered the Victims' Right to Review?"
        legendSize="s"
        hint="Required when the decision was to take no further action. The victim may ask for a review within 3 months of being told (a limit of the national scheme, not of the Victims' Code)."
        error={errorFor(errors, 'reviewOffered')}
        value={offers.reviewOffered}
        onChange={(v) => onChange({ reviewOffered: v as OfferDraft['reviewOffered'] })}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'na', label: 'Not applicable: the suspect was charged or given an out-of-court disposal' },
        ]}
      />
    );
  }
  if (PERSONAL_STATEMENT_OFFERS.includes(taskType)) {
    return (
      <Radios
        name="statementResponse"
        legend="What did the victim say to the offer of a personal statement?"
        legendSize="s"
        error={errorFor(errors, 'statementResponse')}
        value={offers.statementResponse}
        onChange={(v) => onChange({ statementResponse: v as OfferDraft['statementResponse'] })}
        options={[
          { value: 'ACCEPTED', label: 'Accepted: they want to make a statement' },
          { value: 'DECLINED', label: 'Declined' },
          { value: 'UNDECIDED', label: 'Not decided yet' },
        ]}
      />
    );
  }
  return null;
}
