import { sql, type Kysely } from 'kysely';
import { CROCKFORD } from '../src/children/child-code.js';
import type { DB } from '../src/db/schema.js';

// The generator runs in the database: each step is one INSERT … SELECT over
// generate_series, so rows never travel through Node. These helpers build
// that SQL. Values put into SQL text here are generator constants (numbers
// checked by the option parser, names from national-profile.ts), never input.

/** One database session the steps run on. */
export type SeedSql = {
  exec(statement: string): Promise<number>;
  rows<T>(statement: string): Promise<T[]>;
};

export function seedSqlOn(conn: Kysely<DB>): SeedSql {
  return {
    async exec(statement) {
      const r = await sql.raw(statement).execute(conn);
      return Number(r.numAffectedRows ?? 0);
    },
    async rows<T>(statement: string) {
      const r = await sql.raw(statement).execute(conn);
      return r.rows as T[];
    },
  };
}

/** The working schema: unlogged staging tables and the generator's functions; dropped at the end. */
export const WORK = 'synth_seed';

export const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
export const textArray = (items: readonly string[]) => `array[${items.map(quote).join(', ')}]::text[]`;

/** A CASE that picks a value by cumulative share, from a uniform [0,1) expression. */
export function weighted(u: string, mix: ReadonlyArray<{ share: number; value: string }>): string {
  let acc = 0;
  const arms = mix.slice(0, -1).map((m) => {
    acc += m.share;
    return `when ${u} < ${acc.toFixed(6)} then ${m.value}`;
  });
  return `(case ${arms.join(' ')} else ${mix[mix.length - 1]!.value} end)`;
}

/**
 * The generator's functions. `u(i, salt)` is a uniform number in [0,1) that
 * depends only on the seed, the row number and the salt (hashint8extended is
 * stable across PostgreSQL versions and PGlite), so a seed rebuilds the same
 * country. `sid(tag, n)` is the row's id: a valid v4-shaped uuid starting
 * 5eed, the table's tag and the row number, so related rows are computed, not
 * looked up, and seeded ids are recognisable.
 */
export function workSchemaSql(seed: number): string[] {
  const salt = `${seed}::bigint * 1000003`;
  return [
    `drop schema if exists ${WORK} cascade`,
    `create schema ${WORK}`,
    `create function ${WORK}.u(i bigint, salt int) returns float8 language sql immutable parallel safe as
       $$ select (hashint8extended(i, ${salt} + salt) & 9007199254740991)::float8 / 9007199254740992 $$`,
    `create function ${WORK}.sid(tag int, n bigint) returns uuid language sql immutable parallel safe as
       $$ select ('5eed' || lpad(to_hex(tag), 4, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$`,
    `create function ${WORK}.pick(items text[], u float8) returns text language sql immutable parallel safe as
       $$ select items[1 + floor(u * cardinality(items))::int] $$`,
    // A bijection on 30 bits (odd multipliers and an xorshift): child codes look random, never repeat, never run in sequence.
    `create function ${WORK}.scramble(x bigint) returns bigint language sql immutable parallel safe as
       $$ select ((((x * 1103515245) & 1073741823) # (((x * 1103515245) & 1073741823) >> 13)) * 2654435761) & 1073741823 $$`,
    // The 6 base32 symbols of a 30-bit number (src/children/child-code.ts: Crockford's alphabet).
    `create function ${WORK}.base32(v bigint) returns text language sql immutable parallel safe as
       $$ select substr('${CROCKFORD}', ((v >> 25) & 31)::int + 1, 1) || substr('${CROCKFORD}', ((v >> 20) & 31)::int + 1, 1)
              || substr('${CROCKFORD}', ((v >> 15) & 31)::int + 1, 1) || substr('${CROCKFORD}', ((v >> 10) & 31)::int + 1, 1)
              || substr('${CROCKFORD}', ((v >> 5) & 31)::int + 1, 1) || substr('${CROCKFORD}', (v & 31)::int + 1, 1) $$`,
    // A timeline row's id: the tag of events, a number for the event's kind, and the row number of the record it points at.
    `create function ${WORK}.eid(source uuid, variant int) returns uuid language sql immutable parallel safe as
       $$ select ('5eed${TAG_EVENT}-' || lpad(to_hex(variant), 4, '0') || substr(source::text, 14))::uuid $$`,
  ];
}

/** Table tags of seeded ids (the second group of hex digits after 5eed). */
export const TAG = {
  organisation: 1,
  staff: 2,
  izu: 3,
  child: 16,
  caseReport: 17,
  case: 18,
  householdMember: 19,
  deadline: 20,
  caseEvent: 21,
  otherReport: 22,
  notification: 23,
  consent: 32,
  assessment: 33,
  plan: 34,
  goal: 35,
  goalKey: 36,
  action: 37,
  actionKey: 38,
  conference: 39,
  participant: 40,
  service: 48,
  visitTask: 49,
  visit: 50,
  review: 51,
  closureRequest: 52,
  closure: 53,
  transfer: 54,
  note: 55,
  feedback: 56,
  // migrations/0034
  householdVisit: 80,
  // migrations/0037 and 0038 (112–127 are alternative care's and reintegration's)
  fosterCarer: 112,
  gatekeeping: 113,
  placement: 114,
  placementVisit: 115,
  placementReview: 116,
  careDeadline: 117,
  reintegration: 118,
  reintegrationStage: 119,
  tracingLead: 120,
  tracingAttempt: 121,
  reintegrationAssessment: 122,
  transitionPlan: 123,
  transitionSupport: 124,
  // migrations/0039
  trainingRecord: 128,
  supervisionSession: 129,
  supervisionAction: 130,
  // migrations/0040 (136–143 are the data protection rights')
  dpRequest: 136,
  // migrations/0033
  monthlyReport: 152,
} as const;

const TAG_EVENT = TAG.caseEvent.toString(16).padStart(4, '0');
