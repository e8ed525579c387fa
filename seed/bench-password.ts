import argon2 from 'argon2';

/**
 * Every seeded user's password: the data is synthetic and public, so its
 * accounts are too. Never seed a database real people use.
 */
export const BENCH_PASSWORD = 'Synth-Bench-Password-2026';

// A fixed salt keeps the seed deterministic; the hash is computed once per run.
export const benchPasswordHash = () => argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, salt: Buffer.from('rinda-synthetic-country') });
