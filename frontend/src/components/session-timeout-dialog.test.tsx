import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SessionTimeoutDialog } from './session-timeout-dialog';

describe('SessionTimeoutDialog', () => {
  it('takes focus, keeps it inside, and treats Escape as staying signed in', async () => {
    const stay = vi.fn();
    const signOut = vi.fn();
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Outside</button>
        <SessionTimeoutDialog timeLeft="2 minutes" onStaySignedIn={stay} onSignOut={signOut} />
      </>,
    );

    const dialog = screen.getByRole('dialog', { name: "You'll be signed out in 2 minutes" });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('heading', { name: /signed out in 2 minutes/ })).toHaveFocus();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Sign out' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Sign out' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(stay).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(signOut).toHaveBeenCalledTimes(1);
  });
});
