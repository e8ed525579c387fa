// The one way the web app talks to Rinda's API: JSON over /api/v1 with the
// session cookie, and the session's CSRF token on every state-changing request.

export type FieldError = { field: string; message: string; messageKey?: string; params?: Record<string, string | number> };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    message: string,
    readonly requestId: string | null = null,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

const BASE = '/api/v1';
let csrfToken: string | null = null;
let onSessionProblem: ((error: ApiError) => void) | null = null;

/** Answers that say the session itself changed, not that this one request was wrong. */
const SESSION_PROBLEMS = new Set(['errors.csrf', 'errors.password_change_required', 'errors.mfa_enrolment_required']);

/** The token comes from the sign-in answer and from /auth/me. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/**
 * Called when a request finds the session gone (401: expired, signed out
 * elsewhere) or changed under it (a stale CSRF token, a password that expired
 * meanwhile), so the app can show the right screen.
 */
export function setSessionProblemHandler(handler: ((error: ApiError) => void) | null) {
  onSessionProblem = handler;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function send<T>(method: Method, path: string, body?: unknown, opts: { quiet401?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const payload = method === 'GET' || method === 'DELETE' ? body : (body ?? {});
  // A FormData body (a file upload) goes as multipart; the browser sets its content type.
  const form = payload instanceof FormData;
  if (payload !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(BASE + path, {
      method,
      headers,
      credentials: 'include',
      body: payload === undefined ? undefined : form ? payload : JSON.stringify(payload),
    });
  } catch {
    throw new ApiError(0, 'network', 'errors.network', 'Cannot reach Rinda. Check the connection.');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const error = toApiError(res.status, data);
    if ((res.status === 401 && !opts.quiet401) || (res.status === 403 && SESSION_PROBLEMS.has(error.messageKey))) onSessionProblem?.(error);
    throw error;
  }
  return data as T;
}

function toApiError(status: number, data: unknown): ApiError {
  const e = (data as { error?: Partial<{ code: string; message: string; messageKey: string; requestId: string; fields: FieldError[] }> } | null)?.error;
  if (!e) return new ApiError(status, 'internal', 'errors.internal', `The server answered ${status}`);
  return new ApiError(
    status,
    e.code ?? 'internal',
    e.messageKey ?? `errors.${e.code ?? 'internal'}`,
    e.message ?? `The server answered ${status}`,
    e.requestId ?? null,
    Array.isArray(e.fields) ? e.fields : [],
  );
}

/** A query string from the non-empty values of `params`. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  get: <T>(path: string, opts?: { quiet401?: boolean }) => send<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: { quiet401?: boolean }) => send<T>('POST', path, body, opts),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
};
