import type { ReactNode } from 'react';

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      className="govuk-button"
      data-module="govuk-button"
      disabled={busy}
      aria-disabled={busy || undefined}
    >
      {children}
    </button>
  );
}
