import type { CommunicationNeeds, ContactChannel } from '../api/communication-needs';

export const CHANNEL_LABELS: Record<ContactChannel, string> = {
  PHONE: 'phone',
  EMAIL: 'email',
  LETTER: 'letter',
  VISIT: 'visit',
  TEXT: 'text message',
};

/** The needs in one line, as an officer reads them before a call: "Interpreter: Polish. Prefers: phone. Avoid: after 6pm". */
export function describeNeeds(needs: CommunicationNeeds): string {
  const parts: string[] = [];
  if (needs.interpreterNeeded) parts.push(`Interpreter: ${needs.interpreterLanguage ?? 'language not recorded'}`);
  if (needs.preferredChannel) parts.push(`Prefers: ${CHANNEL_LABELS[needs.preferredChannel]}`);
  if (needs.timesToAvoid) parts.push(`Avoid: ${needs.timesToAvoid}`);
  if (needs.otherNeeds) parts.push(`Other needs: ${needs.otherNeeds}`);
  return parts.length === 0 ? 'No interpreter or other needs' : `${parts.join('. ')}.`;
}
