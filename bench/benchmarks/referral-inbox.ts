import type { BenchSession } from '../harness/bench-app.js';
import { measureLatency } from '../harness/latency.js';
import { districtsByOpenCases } from '../harness/samples.js';
import type { BenchContext, Benchmark } from '../harness/types.js';

// A provider's inbox (issue 11: p95 ≤ 50 ms): a focal person's referrals,
// open ones soonest due first, paged. Until the national seed holds the
// directory and its referrals, the benchmark gives the busiest district's
// first service providers' organisations a service and a history of
// referrals (a busy Isange: thousands over the years, a few hundred open),
// measures, and takes them away again.

const PATHS = [
  '/api/v1/referrals/inbox',
  '/api/v1/referrals/inbox?page=2&pageSize=20',
  '/api/v1/referrals/inbox?status=completed',
  '/api/v1/referrals/inbox?status=sent',
];
const MARK = 'BENCH-INBOX-';

// addedFocal: the focal-person links the fixture made (a seeded country has its own, which stay).
type Fixture = { organisationIds: string[]; focalIds: string[]; addedFocal: { organisation_id: string; user_id: string }[] };

async function makeFixture(ctx: BenchContext, districtId: string): Promise<Fixture> {
  const providers = await ctx.raw.query<{ id: string; organisation_id: string }>(
    `select id, organisation_id from users where role = 'service_provider' and active and organisation_id is not null and jurisdiction_id like $1 || '%' order by username limit 3`,
    [districtId],
  );
  const organisationIds = [...new Set(providers.map((p) => p.organisation_id))];
  const perOrganisation = 4000;
  for (const organisationId of organisationIds) {
    const [service] = await ctx.raw.query<{ id: string }>(
      `insert into provider_services (organisation_id, service_type, name) values ($1, 'forensic_examination', $2) returning id`,
      [organisationId, `${MARK}service`],
    );
    await ctx.raw.query(`insert into provider_service_areas (service_id, place_id) values ($1, $2)`, [service!.id, districtId]);
    // Of each organisation's referrals, about 5% still open (sent, accepted, service given), the rest answered.
    await ctx.raw.query(
      `with dc as (select row_number() over (order by id) as rn, id, report_id, district_id, place_id, opened_by from cases where district_id = $5),
         n as (select count(*)::int as total from dc)
       insert into referrals (reference, case_id, report_id, organisation_id, service_id, service_type, urgency, due_date, reason, shared_groups,
         consent_basis, status, district_id, place_id, sent_by, sent_at, answered_at, decline_reason, accessed_on, outcome, feedback, completed_at)
       select $3::text || $1::text || '-' || g, c.id, c.report_id, $1::uuid, $2::uuid, 'forensic_examination',
         (array['immediate', 'urgent', 'routine'])[1 + g % 3], (now() - ((g % 3650) || ' days')::interval)::date + 7, 'Benchmark referral', '{identity,incident}',
         'consent', s.status, c.district_id, c.place_id, c.opened_by, now() - ((g % 3650) || ' days')::interval,
         case when s.status <> 'sent' then now() end, case when s.status = 'declined' then 'No place' end,
         case when s.status = 'completed' then current_date end, case when s.status = 'completed' then 'yes' end,
         case when s.status = 'completed' then 'Done' end, case when s.status = 'completed' then now() end
       from generate_series(1, $4::int) g
       cross join n
       join dc c on c.rn = 1 + (g * 7919) % n.total
       cross join lateral (select case when g % 20 = 0 then 'sent' when g % 20 = 1 then 'accepted' when g % 20 = 2 then 'service_given'
         when g % 20 = 3 then 'declined' else 'completed' end as status) s`,
      [organisationId, service!.id, MARK, perOrganisation, districtId],
    );
    await ctx.raw.query(
      `insert into deadlines (kind, case_id, district_id, due_at, referral_id)
       select case when status = 'sent' then 'referral_answer' else 'referral_completion' end, case_id, district_id, due_date + 1, id
       from referrals where organisation_id = $1::uuid and reference like $2::text || '%' and status in ('sent', 'accepted', 'service_given')`,
      [organisationId, MARK],
    );
  }
  const addedFocal: Fixture['addedFocal'] = [];
  for (const p of providers) {
    const added = await ctx.raw.query<{ organisation_id: string; user_id: string }>(
      `insert into provider_focal_persons (organisation_id, user_id) values ($1, $2) on conflict do nothing returning organisation_id, user_id`,
      [p.organisation_id, p.id],
    );
    addedFocal.push(...added);
  }
  await ctx.raw.query('analyze referrals');
  await ctx.raw.query('analyze deadlines');
  return { organisationIds, focalIds: providers.map((p) => p.id), addedFocal };
}

async function removeFixture(ctx: BenchContext, f: Fixture) {
  await ctx.raw.query(`delete from deadlines where referral_id in (select id from referrals where reference like $1 || '%')`, [MARK]);
  await ctx.raw.query(`delete from referrals where reference like $1 || '%'`, [MARK]);
  for (const link of f.addedFocal) {
    await ctx.raw.query(`delete from provider_focal_persons where organisation_id = $1 and user_id = $2`, [link.organisation_id, link.user_id]);
  }
  await ctx.raw.query(`delete from provider_services where name = $1`, [`${MARK}service`]);
}

export const benchmark: Benchmark = {
  name: 'referral-inbox',
  description: "A provider's inbox: its organisation's referrals, open ones soonest due first, paged",
  async skip(ctx) {
    const [row] = await ctx.raw.query<{ n: number }>(`select count(*)::int as n from users where role = 'service_provider' and organisation_id is not null`);
    return row && row.n > 0 ? null : 'no service provider in the seed';
  },
  async run(ctx) {
    const [busiest] = await districtsByOpenCases(ctx);
    if (!busiest) return [];
    const fixture = await makeFixture(ctx, busiest.districtId);
    try {
      const sessions: BenchSession[] = [];
      for (const id of fixture.focalIds) sessions.push(await ctx.app.signIn(id));
      const result = await measureLatency(ctx, {
        label: "Provider's inbox: GET /referrals/inbox (its organisations, open, soonest due, paged)",
        inputs: sessions.flatMap((session) => PATHS.map((path) => ({ session, path }))),
        target: { op: '<=', value: 50 },
        ratioTarget: { op: '<=', value: 2 },
        mainQuery: (s) => /from "referrals" as "rf"/.test(s) && /limit/.test(s),
      });
      return result.figures;
    } finally {
      await removeFixture(ctx, fixture);
    }
  },
};
