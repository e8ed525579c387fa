import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { answer, ApiError, client, setCsrfToken, setSessionProblemHandler } from './api/client.js';
import { applyLanguage } from './i18n.js';
import { useNavigate } from 'react-router';
import type { Language, Me } from './api/types.js';

// Who is signed in, and at which stage: signed out, waiting for the second
// factor, or signed in (possibly with a password change or TOTP enrolment due).

export type SessionState = { status: 'loading' } | { status: 'signed-out'; notice?: string } | { status: 'mfa' } | { status: 'signed-in'; me: Me };

type SessionApi = {
  state: SessionState;
  /** Reads /auth/me; `adoptLanguage` switches the UI to the user's saved language. */
  reload(opts?: { adoptLanguage?: boolean }): Promise<void>;
  signedIn(answer: { stage: 'mfa' | 'active'; csrfToken: string }): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  signOut(opts?: { everywhere?: boolean }): Promise<void>;
  can(permission: string): boolean;
};

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const navigate = useNavigate();
  // Cached answers belong to the person who asked: a new sign-in or a sign-out starts with none.
  const queryClient = useQueryClient();

  const reload = useCallback(async (opts: { adoptLanguage?: boolean } = {}) => {
    try {
      const me = await answer(client.GET('/api/v1/auth/me'));
      setCsrfToken(me.csrfToken);
      if (opts.adoptLanguage) applyLanguage(me.language);
      setState({ status: 'signed-in', me });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setState(err.messageKey === 'errors.mfa_required' ? { status: 'mfa' } : { status: 'signed-out' });
        if (err.messageKey !== 'errors.mfa_required') setCsrfToken(null);
        return;
      }
      throw err;
    }
  }, []);

  useEffect(() => {
    setSessionProblemHandler((error) => {
      if (error.status === 403) {
        // Fetch the session afresh: a new CSRF token, or the screen now due (new password, TOTP).
        reload().catch(() => undefined);
        return;
      }
      setCsrfToken(null);
      queryClient.clear();
      setState(error.messageKey === 'errors.mfa_required' ? { status: 'mfa' } : { status: 'signed-out', notice: 'auth.sessionEnded' });
    });
    reload({ adoptLanguage: true }).catch(() => setState({ status: 'signed-out', notice: 'errors.network' }));
    return () => setSessionProblemHandler(null);
  }, [reload, queryClient]);

  const signedIn = useCallback(
    async (answer: { stage: 'mfa' | 'active'; csrfToken: string }) => {
      setCsrfToken(answer.csrfToken);
      queryClient.clear();
      if (answer.stage === 'mfa') setState({ status: 'mfa' });
      else await reload({ adoptLanguage: true });
    },
    [reload, queryClient],
  );

  const setLanguage = useCallback(
    async (language: Language) => {
      applyLanguage(language);
      if (state.status !== 'signed-in') return;
      try {
        const me = await answer(client.PATCH('/api/v1/auth/me', { body: { language } }));
        setCsrfToken(me.csrfToken);
        setState({ status: 'signed-in', me });
      } catch {
        // The screen already speaks the chosen language; saving it can wait for the next switch.
      }
    },
    [state.status],
  );

  const signOut = useCallback(
    async (opts: { everywhere?: boolean } = {}) => {
      try {
        await answer(opts.everywhere ? client.POST('/api/v1/auth/sign-out-everywhere') : client.POST('/api/v1/auth/sign-out'));
      } catch {
        // Signed out locally whatever the server said; the session cookie expires anyway.
      }
      setCsrfToken(null);
      queryClient.clear();
      setState({ status: 'signed-out', notice: opts.everywhere ? 'auth.signedOutEverywhere' : 'auth.signedOut' });
      navigate('/', { replace: true });
    },
    [navigate, queryClient],
  );

  const value = useMemo<SessionApi>(
    () => ({
      state,
      reload,
      signedIn,
      setLanguage,
      signOut,
      can: (permission) => state.status === 'signed-in' && state.me.permissions.includes(permission),
    }),
    [state, reload, signedIn, setLanguage, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user; only for screens shown after sign-in. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe before sign-in');
  return state.me;
}
