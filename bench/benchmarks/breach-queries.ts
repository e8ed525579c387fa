import { measureLatency, type LatencyInput } from '../harness/latency.js';
import type { BenchContext, Benchmark, Figure } from '../harness/types.js';

// Answers for a breach from the audit (issue 14: each ≤ 2 s on the national
// data set): who saw a child, what a user saw in a month and in a year, every
// record touched from an address. The audit a year of national work leaves is
// generated here when the bench database holds less: ~2,500 staff, 6 million
// entries (about 10 audited reads a working day each), three in five case
// files opened, one in ten a list of 10 cases, each user from their office's
// address and now and then from another. These generated entries are not
// queued for the seal chain (a bench database's audit is not verified).

const MAX_ROWS = 6_000_000;
const BATCH = 500_000;

async function ensureAudit(ctx: BenchContext): Promise<number> {
  const cases = (await ctx.raw.query<{ cases: number }>('select count(*)::int as cases from cases'))[0]!.cases;
  const want = Math.min(MAX_ROWS, Math.max(2_000, cases * 20));
  const n = (await ctx.raw.query<{ n: number }>("select count(*)::int as n from audit_events where request_id = 'bench-audit'"))[0]!.n;
  if (n >= want) return n;
  ctx.log(`  generating ${want.toLocaleString('en')} audit entries (a year of national reads)…`);
  for (const q of ['drop table if exists bench_staff', 'drop table if exists bench_cases']) await ctx.raw.query(q);
  await ctx.raw.query(`create table bench_staff as select (row_number() over (order by id))::int as n, id, role from users where role not in ('izu', 'dpo')`);
  await ctx.raw.query(`create table bench_cases as select (row_number() over (order by id))::int as n, id, child_id, report_id from cases`);
  for (const q of ['create index on bench_staff (n)', 'create index on bench_cases (n)', 'analyze bench_staff', 'analyze bench_cases']) await ctx.raw.query(q);
  const staff = (await ctx.raw.query<{ staff: number }>('select count(*)::int as staff from bench_staff'))[0]!.staff;
  // Bulk load: the audit's secondary indexes are dropped and built again after.
  const indexes = await ctx.raw.query<{ name: string; def: string }>(
    "select indexname as name, indexdef as def from pg_indexes where tablename = 'audit_events' and indexname <> 'audit_events_pkey'",
  );
  for (const i of indexes) await ctx.raw.query(`drop index ${i.name}`);
  const start = Date.UTC(2025, 10, 25);
  const span = 365 * 86_400_000;
  for (let from = n; from < want; from += BATCH) {
    const to = Math.min(want, from + BATCH) - 1;
    const t0 = performance.now();
    await ctx.raw.query(
      `with g as (
         select i, abs(hashint8(i::bigint * 7919)) as h1, abs(hashint8(i::bigint * 104729 + 1)) as h2 from generate_series($1::int, $2::int) i
       ), r as (
         select g.*, s.id as actor, s.role, s.n as sn, c.id as case_id, c.child_id, c.report_id, h1 % 100 as kind
         from g join bench_staff s on s.n = 1 + g.h1 % $3 join bench_cases c on c.n = 1 + g.h2 % $4
       )
       insert into audit_events (at, actor_id, actor_role, ip, request_id, action, entity_type, entity_id, fields, outcome, details)
       select to_timestamp(($5::float8 + (r.i::float8 / $6::float8) * $7::float8) / 1000),
              actor, role,
              case when (h2 / 7) % 20 = 0 then '197.243.' || ((h2 / 11) % 40) || '.' || ((h2 / 13) % 250)
                   else '10.' || (sn / 250) || '.' || (sn % 250) || '.1' end,
              'bench-audit',
              case when kind < 60 then 'case.read' when kind < 70 then 'child.read' when kind < 80 then 'report.read' when kind < 90 then 'worklist.read' else 'case.update' end,
              case when kind < 60 then 'case' when kind < 70 then 'child' when kind < 80 then 'incident_report' when kind < 90 then 'worklist' else 'case' end,
              case when kind < 60 then case_id::text when kind < 70 then child_id::text when kind < 80 then report_id::text when kind < 90 then null else case_id::text end,
              case when kind < 60 then array['identity', 'assessment', 'plan', 'notes'] when kind < 70 then array['identity', 'cases']
                   when kind < 80 then array['reporter', 'child', 'what_happened'] when kind < 90 then array['caseCode', 'childName', 'dueAt'] else array['plan'] end,
              'success',
              coalesce(l.ids, '{}'::jsonb)
       from r
       left join (
         -- Lists (one in ten entries) show 10 cases each: one hash join for the batch.
         select g2.i, jsonb_build_object('ids', jsonb_agg(c2.id)) as ids
         from (select i from g where h1 % 100 between 80 and 89) g2 cross join generate_series(1, 10) k
         join bench_cases c2 on c2.n = 1 + abs(hashint8(g2.i::bigint * 31 + k)) % $4
         group by g2.i
       ) l on l.i = r.i`,
      [from, to, staff, cases, start, want, span],
    );
    ctx.log(`    ${(to + 1).toLocaleString('en')} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  for (const i of indexes) await ctx.raw.query(i.def);
  for (const q of ['drop table bench_staff', 'drop table bench_cases', 'analyze audit_events']) await ctx.raw.query(q);
  return want;
}

async function dpoUser(ctx: BenchContext): Promise<string> {
  const [found] = await ctx.raw.query<{ id: string }>("select id from users where role = 'dpo' order by created_at limit 1");
  if (found) {
    await ctx.raw.query('update users set must_change_password = false, totp_enabled = true, password_changed_at = now() where id = $1', [found.id]);
    return found.id;
  }
  const [made] = await ctx.raw.query<{ id: string }>(
    `insert into users (username, full_name, role, jurisdiction_id, password_hash, password_changed_at, created_at, updated_at)
     select 'dpo.bench', 'Data Protection Officer Synth', 'dpo', 'RW', password_hash, now(), now(), now() from users where password_hash is not null limit 1
     returning id`,
  );
  return made!.id;
}

export const benchmark: Benchmark = {
  name: 'breach-queries',
  description: 'Who saw a child, what a user saw, what an address touched: answered from the audit (≤ 2 s each)',
  async run(ctx) {
    const rows = await ensureAudit(ctx);
    const session = await ctx.app.signIn(await dpoUser(ctx));
    const figures: Figure[] = [];
    const target = { op: '<=' as const, value: 2000 };
    // Children whose records were read most often (the worst case), and some picked at random.
    const children = await ctx.raw.query<{ child_id: string }>(
      `select c.child_id from audit_events a join cases c on c.id::text = a.entity_id
       where a.request_id = 'bench-audit' and a.seq % 997 = 0 and a.entity_type = 'case' group by c.child_id order by count(*) desc, c.child_id limit 10`,
    );
    const childInputs: LatencyInput[] = children.map((c) => ({ session, path: `/api/v1/breach/child-reads?childId=${c.child_id}` }));
    const cases = await ctx.raw.query<{ id: string }>('select id from cases order by id limit 5');
    childInputs.push(...cases.map((c) => ({ session, path: `/api/v1/breach/child-reads?caseId=${c.id}` })));
    figures.push(
      ...(
        await measureLatency(ctx, {
          label: `Who saw this child (${rows.toLocaleString('en')} audit entries)`,
          inputs: childInputs,
          target,
          mainQuery: (s) => /\?\|/.test(s) && /order by "a"."seq" desc/.test(s),
        })
      ).figures,
    );
    // The busiest users: a month, and the whole year.
    const users = await ctx.raw.query<{ actor_id: string }>(
      `select actor_id from audit_events where request_id = 'bench-audit' and seq % 101 = 0 group by actor_id order by count(*) desc limit 10`,
    );
    const last = (await ctx.raw.query<{ last: string }>("select max(at) as last from audit_events where request_id = 'bench-audit'"))[0]!.last;
    const end = new Date(last);
    const month = new Date(end.getTime() - 30 * 86_400_000).toISOString();
    figures.push(
      ...(
        await measureLatency(ctx, {
          label: 'What did this user see, last 30 days',
          inputs: users.map((u) => ({ session, path: `/api/v1/breach/user-reads?userId=${u.actor_id}&from=${encodeURIComponent(month)}` })),
          target,
        })
      ).figures,
    );
    figures.push(
      ...(
        await measureLatency(ctx, {
          label: 'What did this user see, a whole year',
          inputs: users.slice(0, 5).map((u) => ({ session, path: `/api/v1/breach/user-reads?userId=${u.actor_id}` })),
          target,
        })
      ).figures,
    );
    // Addresses: an office address (one user's daily work) and outside addresses shared by many.
    const addresses = await ctx.raw.query<{ ip: string }>(
      `(select ip from audit_events where request_id = 'bench-audit' and seq % 101 = 0 and ip like '10.%' group by ip order by count(*) desc limit 5)
       union all (select ip from audit_events where request_id = 'bench-audit' and seq % 101 = 0 and ip like '197.%' group by ip order by count(*) desc limit 5)`,
    );
    figures.push(
      ...(
        await measureLatency(ctx, {
          label: 'Every record touched from an address',
          inputs: addresses.map((a) => ({ session, path: `/api/v1/breach/address-reads?ip=${a.ip}` })),
          target,
        })
      ).figures,
    );
    return figures;
  },
};
