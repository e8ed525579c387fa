import type { Country } from './country.js';
import type { SeedSql } from './seed-sql.js';
import { NATIONAL_FIGURES } from './national-profile.js';

export type SeedOptions = {
  /** 0 < scale ≤ 1: the share of the national case load to generate (people and places are always whole). */
  scale: number;
  /** The PRNG seed: the same seed and scale build the same data. */
  seed: number;
  /** The day the data ends ("today" in the generated world), ISO date. */
  until: string;
};

export const DEFAULT_SEED = 20_161_125;
export const DEFAULT_UNTIL = '2026-11-25';
/** The embedded database gets a training-room sized country unless told otherwise. */
export const DEFAULT_SCALE = { postgres: 1, pglite: 0.01 } as const;

/** What every step knows: options, derived counts and times (as SQL literals). */
export type SeedPlan = SeedOptions & {
  children: number;
  /** SQL timestamptz literal of the end of the generated world, and of its start (ten years before). */
  untilSql: string;
  startSql: string;
  passwordHash: string;
  country: Country;
  log(message: string): void;
};

export type SeedStep = {
  name: string;
  after: string[];
  /** Tables (of a later migration) the step needs; without them it is skipped. */
  needs?: string[];
  run(q: SeedSql, plan: SeedPlan): Promise<number>;
};

export function makePlan(options: SeedOptions, country: Country, passwordHash: string, log: (m: string) => void): SeedPlan {
  const until = new Date(`${options.until}T00:00:00Z`);
  const start = new Date(until);
  start.setUTCFullYear(until.getUTCFullYear() - NATIONAL_FIGURES.years);
  return {
    ...options,
    children: Math.max(20, Math.round(NATIONAL_FIGURES.children * options.scale)),
    untilSql: `'${until.toISOString()}'::timestamptz`,
    startSql: `'${start.toISOString()}'::timestamptz`,
    passwordHash,
    country,
    log,
  };
}

/** Parses `--scale=0.1 --seed=7 --until=2026-11-25`; anything else is an error. */
export function parseSeedArgs(argv: string[], kind: 'postgres' | 'pglite'): SeedOptions {
  const options: SeedOptions = { scale: DEFAULT_SCALE[kind], seed: DEFAULT_SEED, until: DEFAULT_UNTIL };
  for (const arg of argv) {
    const m = /^--(scale|seed|until)=(.+)$/.exec(arg);
    if (!m) throw new Error(`unknown option ${arg} (use --scale=<0..1>, --seed=<n>, --until=<YYYY-MM-DD>)`);
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'scale') {
      const n = Number(value);
      if (!(n > 0 && n <= 1)) throw new Error('--scale must be a number in (0, 1]');
      options.scale = n;
    } else if (key === 'seed') {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 0 || n > 2 ** 31) throw new Error('--seed must be a whole number from 0 to 2^31');
      options.seed = n;
    } else {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new Error('--until must be a date YYYY-MM-DD');
      options.until = value;
    }
  }
  return options;
}
