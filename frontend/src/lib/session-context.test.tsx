import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider, useSession } from './session-context';

const auditor = { username: 'auditor', displayName: 'Avery Auditor', roles: [], teams: [] };

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function WhoIsSignedIn() {
  const { user, signIn } = useSession();
  return (
    <>
      <p data-testid="user">{user?.username ?? 'nobody'}</p>
      <button type="button" onClick={() => void signIn('auditor', 'secret')}>
        Sign in
      </button>
    </>
  );
}

describe('SessionProvider', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a sign-in made before the first answer about the session only after it, and keeps it', async () => {
    let answerFirstLoad: (r: Response) => void = () => undefined;
    const fetch = vi.fn((url: string) =>
      url.endsWith('/api/auth/login')
        ? Promise.resolve(json(auditor))
        : new Promise<Response>((resolve) => {
            answerFirstLoad = resolve;
          }),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <SessionProvider>
        <WhoIsSignedIn />
      </SessionProvider>,
    );

    await act(async () => screen.getByRole('button', { name: 'Sign in' }).click());
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/auth/session']);

    await act(async () => answerFirstLoad(new Response(null, { status: 204 })));
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/auth/session', '/api/auth/login']);
    expect(screen.getByTestId('user')).toHaveTextContent('auditor');
  });
});
