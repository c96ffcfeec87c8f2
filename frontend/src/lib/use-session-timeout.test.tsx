import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from './api-client';
import { useSessionTimeout } from './use-session-timeout';

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
