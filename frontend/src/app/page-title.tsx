import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

const SERVICE = 'ECU Casework';

/** The browser tab's title for a page: its main heading and the service, marked when the page shows errors. */
export function titleOf(heading: string | null | undefined, hasErrors: boolean): string {
  const page = heading?.replace(/\s+/g, ' ').trim();
  const title = page ? `${page} – ${SERVICE}` : SERVICE;
  return hasErrors ? `Error: ${title}` : title;
}

/**
 * Each page's title names it (WCAG 2.4.2), and on moving to another page focus goes to its main heading, so a
 * screen reader announces where the user now is and the keyboard continues from there (WCAG 2.4.3). Pages load
 * their data after they appear, so this watches the main content until its heading arrives; it never takes
 * focus from a field the user has already moved to.
 */
export function PageTitleAndFocus({ mainId }: { mainId: string }) {
  const { pathname } = useLocation();
  const firstPage = useRef(true);

  useEffect(() => {
    const main = document.getElementById(mainId);
    if (!main) return undefined;
    let focusPending = !firstPage.current;
    firstPage.current = false;

    const update = () => {
      const heading = main.querySelector('h1');
      const title = titleOf(heading?.textContent, main.querySelector('.govuk-error-summary') !== null);
      if (document.title !== title) document.title = title;
      if (!focusPending || !heading) return;
      focusPending = false;
      const active = document.activeElement;
      if (active && active !== document.body && main.contains(active)) return;
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    };

    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname, mainId]);

  return null;
}
