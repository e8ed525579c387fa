import type { BenchContext } from './types.js';
import { prng } from './stats.js';

// Who and what a benchmark works with: real users of the seeded country and
// records in their scope, picked the same way on every run (seeded PRNG).

export type StaffMember = { id: string; jurisdictionId: string };

/** Districts by their number of open cases, largest first (Gasabo leads in the synthetic country). */
export async function districtsByOpenCases(ctx: BenchContext): Promise<{ districtId: string; open: number }[]> {
  const rows = await ctx.raw.query<{ district_id: string; n: number }>(
    `select district_id, count(*)::int as n from cases where stage not in ('closed', 'transferred') group by district_id order by n desc, district_id`,
  );
  return rows.map((r) => ({ districtId: r.district_id, open: r.n }));
}

/** A spread of districts: the largest, the smallest and some between. */
export function spreadOf<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

export async function staffOf(ctx: BenchContext, role: string, districtId?: string, limit = 50): Promise<StaffMember[]> {
  const rows = await ctx.raw.query<{ id: string; jurisdiction_id: string }>(
    `select id, jurisdiction_id from users where role = $1 and active ${districtId ? 'and jurisdiction_id = $3' : ''}
     order by username limit $2`,
    districtId ? [role, limit, districtId] : [role, limit],
  );
  return rows.map((r) => ({ id: r.id, jurisdictionId: r.jurisdiction_id }));
}

/** Cases of a district: open ones (a caseworker's daily work) or any (older files are opened too). */
export async function casesOf(ctx: BenchContext, districtId: string, which: 'open' | 'any', limit: number): Promise<string[]> {
  const rows =
    which === 'open'
      ? await ctx.raw.query<{ id: string }>(
          `select id from cases where district_id = $1 and stage in ('intake', 'assessment', 'planning', 'implementation', 'review') order by next_due_at nulls last, id limit $2`,
          [districtId, limit * 4],
        )
      : await ctx.raw.query<{ id: string }>(
          `select id from cases where district_id = $1 and opened_at > now() - interval '10 years' order by hashtext(id::text || $3) limit $2`,
          [districtId, limit * 4, String(ctx.options.seed)],
        );
  return pick(
    rows.map((r) => r.id),
    limit,
    ctx.options.seed,
  );
}

/** `count` items of `items`, chosen by the run's seed. */
export function pick<T>(items: T[], count: number, seed: number): T[] {
  const rand = prng(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}
