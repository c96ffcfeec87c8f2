import { useCallback } from 'react';
import { useApiData } from '../../../lib/use-api-data';
import { getParticipant } from '../api/recovery';
import { inWords, STATUSES } from './recovery-words';

/** Who the task is about, from the participant page's API (read as a consultation, so audited). */
export function ParticipantContext({ reference }: { reference: string }) {
  const load = useCallback(() => getParticipant(reference), [reference]);
  const participant = useApiData(load);
  if (!participant.data) return null;
  return (
    <p className="govuk-body" data-testid="task-participant">
      {participant.data.name}, {inWords(STATUSES, participant.data.status)}
    </p>
  );
}
