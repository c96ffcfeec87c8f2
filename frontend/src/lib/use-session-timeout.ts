import { useEffect, useState } from 'react';
import { onServerContact } from './api-client';

/** GOV.UK's advice: warn two minutes before signing someone out. */
export const WARN_BEFORE_SECONDS = 120;

export type SessionClock = 'active' | 'warning' | 'ended';

/**
 * Where the session stands: every answer from the server restarts its idle clock; two minutes before
 * it runs out the user is warned, and when it has run out it has ended. A missing or zero timeout never warns.
 */
export function useSessionTimeout(timeoutSeconds: number | undefined): SessionClock {
  const [clock, setClock] = useState<SessionClock>('active');

  useEffect(() => {
    if (!timeoutSeconds || timeoutSeconds <= 0) return;
    let warn: ReturnType<typeof setTimeout> | undefined;
    let end: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(warn);
      clearTimeout(end);
      setClock('active');
      warn = setTimeout(() => setClock('warning'), Math.max(0, timeoutSeconds - WARN_BEFORE_SECONDS) * 1000);
      end = setTimeout(() => setClock('ended'), timeoutSeconds * 1000);
    };
    restart();
    const stop = onServerContact(restart);
    return () => {
      stop();
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [timeoutSeconds]);

  return clock;
}
