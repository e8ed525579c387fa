import type { SeedStep } from '../seed-plan.js';
import { TAG, WORK } from '../seed-sql.js';

// The requests register's history (Law 058/2021 Arts 18–23): about one case
// in five hundred had a request, recorded by the district's CPWO some weeks
// after the case opened. Most are caregivers' access requests, answered and
// executed; one in three an erasure, refused because a VENA case record is kept.

const dpRequests: SeedStep = {
  name: 'data protection requests',
  after: ['cases', 'household members', 'organisations and staff'],
  needs: ['dp_requests'],
  async run(q, plan) {
    return q.exec(`with picked as (
        select n, district_id, child_id, received_at, recorded_by, case when n % 3 = 0 then 'erasure' else 'access' end as right_kind
        from (
          select row_number() over (order by c.id) as n, c.district_id, c.child_id,
            least(c.opened_at + interval '20 days', ${plan.untilSql} - interval '10 days') as received_at,
            (select u.id from users u where u.role = 'cpwo' and u.jurisdiction_id = c.district_id order by u.id limit 1) as recorded_by
          from cases c
        ) x
        where n % 500 = 1 and recorded_by is not null
      )
      insert into dp_requests (id, reference, district_id, child_id, household_member_id, right_kind, requester_name, requester_relationship,
        identity_check, received_at, due_at, recorded_by, status, decision_reason, decided_at, decided_by, executed_at, executed_by, execution, created_at)
      select ${WORK}.sid(${TAG.dpRequest}, p.n), 'DP-SEED-' || lpad(p.n::text, 7, '0'), p.district_id, p.child_id,
        case when p.right_kind = 'access' then hm.id end, p.right_kind,
        coalesce(hm.full_name, 'Caregiver'), case when p.right_kind = 'access' and hm.id is not null then 'self' else 'parent_or_caregiver' end,
        'National ID seen', p.received_at, p.received_at + interval '30 days', p.recorded_by,
        case p.right_kind when 'erasure' then 'refused' else 'executed' end,
        case p.right_kind when 'erasure' then 'The record must be kept: a VENA case record (Law 058/2021 Art. 22)' else 'Law 058/2021 Art. 18: the right of access' end,
        p.received_at + interval '5 days', p.recorded_by,
        case when p.right_kind = 'access' then p.received_at + interval '6 days' end,
        case when p.right_kind = 'access' then p.recorded_by end,
        case when p.right_kind = 'access' then '{"delivered": true}'::jsonb end,
        p.received_at
      from picked p
      left join lateral (select h.id, h.full_name from household_members h where h.child_id = p.child_id and h.is_caregiver order by h.id limit 1) hm on true
      order by p.n`);
  },
};

export const dataProtectionSteps: SeedStep[] = [dpRequests];
