import { answer, client } from './api/client.js';

// Calls by a path written out by hand, through the typed client's session
// middleware (CSRF token, session problems). Screens move to the typed calls
// of web/src/api/queries.ts; this goes when the last one has.

export { ApiError, setCsrfToken, setSessionProblemHandler, type FieldError } from './api/client.js';

const BASE = '/api/v1';

type Method = 'get' | 'post' | 'patch' | 'put';
const request = client.request as unknown as (method: Method, url: string, init: { body?: unknown }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function send<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return answer(request(method, BASE + path, { body: method === 'get' ? undefined : (body ?? {}) })) as Promise<T>;
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
  get: <T>(path: string, _opts?: { quiet401?: boolean }) => send<T>('get', path),
  post: <T>(path: string, body?: unknown, _opts?: { quiet401?: boolean }) => send<T>('post', path, body),
  patch: <T>(path: string, body: unknown) => send<T>('patch', path, body),
  put: <T>(path: string, body: unknown) => send<T>('put', path, body),
};
