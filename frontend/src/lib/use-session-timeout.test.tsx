import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from './api-client';
import { useSessionTimeout } from './use-session-timeout';
import { SessionTimeoutDialog } from '../components/session-timeout-dialog';

function Clock({ seconds }: { seconds: number }) {
  return <p data-testid="clock">{useSessionTimeout(seconds)}</p>;
}

describe('useSessionTimeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(null, { status: 204 }))),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('warns two minutes before a 30-minute session ends, then ends it', () => {
    render(<Clock seconds={1800} />);
    act(() => vi.advanceTimersByTime(27 * 60 * 1000 + 59_000));
    expect(screen.getByTestId('clock')).toHaveTextContent('active');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByTestId('clock')).toHaveTextContent('warning');
    act(() => vi.advanceTimersByTime(2 * 60 * 1000));
    expect(screen.getByTestId('clock')).toHaveTextContent('ended');
  });

  it('starts the clock again whenever the server answers', async () => {
    render(<Clock seconds={300} />);
    act(() => vi.advanceTimersByTime(180_000));
    expect(screen.getByTestId('clock')).toHaveTextContent('warning');

    await act(async () => {
      await api.get('/api/auth/session');
    });

    expect(screen.getByTestId('clock')).toHaveTextContent('active');
    act(() => vi.advanceTimersByTime(179_000));
    expect(screen.getByTestId('clock')).toHaveTextContent('active');
  });
});

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

    const dialog = screen.getByRole('dialog', { name: 'You’ll be signed out in 2 minutes'.replace('’', "'") });
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
