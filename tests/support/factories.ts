import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/db/schema.js';
import { createSession, SESSION_COOKIE } from '../../src/auth/session.repository.js';
import { hashPassword } from '../../src/auth/password.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'Umugezi-w-Isoko-2026';
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let counter = 0;
const unique = (prefix: string) => `${prefix}${process.pid}x${++counter}`;

// Well-known places for tests (codes from src/places/data/places.csv).
export const PLACES = {
  rwanda: 'RW',
  kigali: '1',
  gasabo: '12',
  nyarugenge: '11',
  bugesera: '57',
  /** a sector, cell and village of Gasabo */
  gasaboSector: '1201',
  gasaboCell: '120101',
  gasaboVillage: '12010101',
  bugeseraVillage: '57010101',
} as const;

export async function createOrganisation(t: TestApp, input: { name?: string; kind?: string; placeId?: string } = {}) {
  const now = t.clock.now();
  return t.database.db
    .insertInto('organisations')
    .values({
      name: input.name ?? unique('Org '),
      kind: input.kind ?? 'district_office',
      place_id: input.placeId ?? PLACES.gasabo,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type UserInput = {
  role: Role;
  jurisdictionId?: string;
  organisationId?: string | null;
  supervisorId?: string | null;
  trainingCompletedOn?: string | null;
  username?: string;
  fullName?: string;
  phone?: string | null;
  mustChangePassword?: boolean;
  totpEnabled?: boolean;
  language?: 'rw' | 'en' | 'fr';
};

export async function createUser(t: TestApp, input: UserInput) {
  const now = t.clock.now();
  return t.database.db
    .insertInto('users')
    .values({
      username: input.username ?? unique(input.role + '_'),
      full_name: input.fullName ?? `Test ${input.role}`,
      role: input.role,
      organisation_id: input.organisationId ?? null,
      jurisdiction_id: input.jurisdictionId ?? 'RW',
      supervisor_id: input.supervisorId ?? null,
      training_completed_on: input.trainingCompletedOn ?? null,
      phone: input.phone ?? null,
      language: input.language ?? 'en',
      password_hash: await testPasswordHash(),
      password_changed_at: now,
      must_change_password: input.mustChangePassword ?? false,
      totp_enabled: input.totpEnabled ?? true,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type Session = { cookie: string; csrf: string; userId: string };

/** A signed-in session for a user, made directly (the sign-in flow has its own tests). */
export async function sessionFor(t: TestApp, user: { id: string }): Promise<Session> {
  const s = await createSession(t.database.db, {
    userId: user.id,
    stage: 'active',
    now: t.clock.now(),
    absoluteHours: t.ctx.config.sessionAbsoluteHours,
    ip: '127.0.0.1',
    userAgent: 'test',
  });
  return { cookie: `${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken, userId: user.id };
}

/** Creates a user and signs them in. */
export async function signedIn(t: TestApp, input: UserInput) {
  const user = await createUser(t, input);
  return { user, session: await sessionFor(t, user) };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An HTTP client for one session (or anonymous), through app.inject. */
export function client(t: TestApp, session?: Session) {
  const call = (method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    t.app.inject({
      method,
      url,
      payload: body as never,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...headers,
      },
    });
  return {
    get: (url: string, headers?: Record<string, string>) => call('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => call('POST', url, body ?? {}, headers),
    put: (url: string, body?: unknown, headers?: Record<string, string>) => call('PUT', url, body ?? {}, headers),
    patch: (url: string, body?: unknown, headers?: Record<string, string>) => call('PATCH', url, body ?? {}, headers),
    delete: (url: string, headers?: Record<string, string>) => call('DELETE', url, undefined, headers),
  };
}
