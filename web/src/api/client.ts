import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

// The one way the web app talks to Rinda's API: the typed client generated
// from the server's OpenAPI document, with the session cookie, and the
// session's CSRF token on every state-changing request.

/** The server's error body (every 4XX and 5XX answer), as the OpenAPI document describes it. */
type ErrorBody = components['schemas']['Error'];
export type FieldError = NonNullable<ErrorBody['error']['fields']>[number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    message: string,
    readonly requestId: string | null = null,
    readonly fields: FieldError[] = [],
    /** What a rule's refusal says beyond its message (e.g. the caseload figures of errors.caseload_over_threshold). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onSessionProblem: ((error: ApiError) => void) | null = null;

/** Answers that say the session itself changed, not that this one request was wrong. */
const SESSION_PROBLEMS = new Set(['errors.csrf', 'errors.password_change_required', 'errors.mfa_enrolment_required']);

/** Sign-in and the session probe answer 401 as part of their work: that is no session problem. */
const QUIET_401 = new Set(['/api/v1/auth/me', '/api/v1/auth/sign-in', '/api/v1/auth/verify-totp', '/api/v1/auth/sign-out', '/api/v1/auth/sign-out-everywhere']);

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

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath, request }) {
    if (response.ok) return response;
    const error = toApiError(
      response.status,
      await response
        .clone()
        .json()
        .catch(() => null),
    );
    const quiet = response.status === 401 && QUIET_401.has(schemaPath) && (schemaPath !== '/api/v1/auth/me' || request.method === 'GET');
    if ((response.status === 401 && !quiet) || (response.status === 403 && SESSION_PROBLEMS.has(error.messageKey))) onSessionProblem?.(error);
    return response;
  },
  onError() {
    return new ApiError(0, 'network', 'errors.network', 'Cannot reach Rinda. Check the connection.');
  },
};

export const client = createClient<paths>({ baseUrl: '', credentials: 'include' });
client.use(session);

export function toApiError(status: number, data: unknown): ApiError {
  const e = (data as { error?: Partial<ErrorBody['error']> } | null)?.error;
  if (!e) return new ApiError(status, 'internal', 'errors.internal', `The server answered ${status}`);
  return new ApiError(
    status,
    e.code ?? 'internal',
    e.messageKey ?? `errors.${e.code ?? 'internal'}`,
    e.message ?? `The server answered ${status}`,
    e.requestId ?? null,
    Array.isArray(e.fields) ? e.fields : [],
    e.details && typeof e.details === 'object' ? e.details : {},
  );
}

/**
 * A multipart body (an upload) as the browser sends it: each field a part,
 * a file with its name. The route's OpenAPI entry types the fields.
 */
export function multipartForm(body: Record<string, string | Blob | undefined>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) if (value !== undefined) form.append(name, value);
  return form;
}

/** The answer's data, or the API's error thrown as an ApiError (what the query cache and forms show). */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response.status, error);
  return data as T;
}
