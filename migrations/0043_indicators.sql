-- Monitoring and evaluation (issue 17): the indicators' kept counts, live
-- without a nightly rebuild, and file audit sampling.
--
-- Two layers, both written by the transaction that writes the record:
--   indicator_facts   one row per subject (a case, a referral, a client
--                     feedback, an incident report): its disaggregation (place,
--                     tier, case types, sex, age band, disability, refugee
--                     status, relationship to the alleged perpetrator) and the
--                     indicator events it contributes ({i, m, d, v}: indicator,
--                     month (Kigali), detail, value).
--   indicator_counts  the events summed by indicator, month, sector and every
--                     disaggregation: what the dashboards read.
-- A fact row is recomputed from the records (the *_live views below) whenever
-- one of them changes; a change to a fact row takes its old events out of the
-- counts and puts the new ones in. The same views, aggregated, are the raw
-- figure the kept counts are checked against (indicator_counts_live).
-- A case of several types counts once under case_type '*' and once under each
-- of its types, so totals never double count.

create function ind_month(at timestamptz) returns text language sql immutable as $$
  select to_char(date_trunc('month', at at time zone 'Africa/Kigali'), 'YYYY-MM-DD')
$$;

/** One indicator event, or null when it did not happen (at is null). */
create function ind_event(i text, at timestamptz, d text, v numeric) returns jsonb language sql immutable as $$
  select case when at is null then null else jsonb_build_object('i', i, 'm', ind_month(at), 'd', coalesce(d, ''), 'v', coalesce(v, 1)) end
$$;

/** The events of a list, nulls (events that did not happen) left out. */
create function ind_events(variadic e jsonb[]) returns jsonb language sql immutable as $$
  select coalesce(jsonb_agg(x), '[]'::jsonb) from unnest(e) x where x is not null
$$;

create function ind_age_band(years integer) returns text language sql immutable as $$
  select case when years is null then 'unknown' when years < 5 then '0-4' when years < 10 then '5-9' when years < 15 then '10-14' when years < 18 then '15-17' else 'unknown' end
$$;

create function ind_sector(place_id text) returns text language sql immutable as $$
  select case when length(place_id) >= 4 then left(place_id, 4) else '' end
$$;

-- A case's disaggregation, from the records as they are now.
create view ind_case_dims_live as
select c.id as case_id, c.district_id, ind_sector(c.place_id) as sector_id, c.tier::smallint as tier, c.case_types,
  ch.sex,
  ind_age_band(case when ch.date_of_birth is null then null
    else extract(year from age((c.opened_at at time zone 'Africa/Kigali')::date, ch.date_of_birth))::int end) as age_band,
  case when cardinality(ch.disability) > 0 then 'yes' else 'no' end as disability,
  ch.refugee_status,
  coalesce((select a.perpetrator_relationship from assessments a where a.case_id = c.id order by a.version desc limit 1), 'not_assessed') as relationship
from cases c join children ch on ch.id = c.child_id;

-- A report's disaggregation (no child record yet: what the report says).
create view ind_report_dims_live as
select r.id as report_id, r.district_id, ind_sector(r.place_id) as sector_id, coalesce(r.tier, 0)::smallint as tier, r.case_types,
  coalesce(r.child_sex, 'unknown') as sex, ind_age_band(r.child_age_years) as age_band,
  'unknown'::text as disability, 'unknown'::text as refugee_status, 'not_assessed'::text as relationship
from incident_reports r;

-- A report's response deadlines, met or not (deadlines_report_idx holds the open ones only).
create index deadlines_report_response_idx on deadlines (report_id) include (met_at) where kind in ('tier1_response', 'tier2_assessment');

create view indicator_facts_live as
-- Cases: enrolled (month opened); the cohort's assessment and benchmark
-- progress (counted in the month the case was opened); resolved (month closed, by reason).
select 'case'::text as subject, c.id, d.district_id, d.sector_id, d.tier, d.case_types, d.sex, d.age_band, d.disability, d.refugee_status, d.relationship,
  c.stage not in ('closed', 'transferred') as open,
  (select p.review_date from case_plans p where p.case_id = c.id order by p.version desc limit 1) as plan_review_date,
  ind_events(
    ind_event('enrolled', c.opened_at, null, 1),
    ind_event('assessed', case when exists (select 1 from assessments a where a.case_id = c.id) then c.opened_at end, null, 1),
    ind_event('reviewed', case when rv.first_met is not null then c.opened_at end, null, 1),
    ind_event('progressing', case when rv.last_met > rv.first_met or rv.last_met = 7 then c.opened_at end, null, 1),
    ind_event('resolved', case when c.stage = 'closed' then cl.closed_at end, cl.reason, 1)
  ) as contributions
from cases c
join ind_case_dims_live d on d.case_id = c.id
left join lateral (
  select (select r.met_count from case_reviews r where r.case_id = c.id order by r.reviewed_at, r.id limit 1) as first_met,
         (select r.met_count from case_reviews r where r.case_id = c.id order by r.reviewed_at desc, r.id desc limit 1) as last_met
) rv on true
left join lateral (
  select x.reason, x.closed_at from case_closures x where x.case_id = c.id and x.reopened_at is null order by x.closed_at desc limit 1
) cl on true
union all
-- Referrals (of a case, or of a report's early intervention): sent, completed.
select 'referral', f.id, coalesce(cd.district_id, rd.district_id), coalesce(cd.sector_id, rd.sector_id), coalesce(cd.tier, rd.tier),
  coalesce(cd.case_types, rd.case_types), coalesce(cd.sex, rd.sex), coalesce(cd.age_band, rd.age_band), coalesce(cd.disability, rd.disability),
  coalesce(cd.refugee_status, rd.refugee_status), coalesce(cd.relationship, rd.relationship), false, null::date,
  ind_events(
    ind_event('referred', f.sent_at, f.service_type, 1),
    ind_event('referral_completed', case when f.status = 'completed' then f.completed_at end, f.outcome, 1)
  )
from referrals f
left join ind_case_dims_live cd on cd.case_id = f.case_id
left join ind_report_dims_live rd on f.case_id is null and rd.report_id = f.report_id
union all
-- Client feedback (tool 18): satisfied = 4 or 5 of 5; wellbeing asked of the child.
select 'feedback', b.id, d.district_id, d.sector_id, d.tier, d.case_types, d.sex, d.age_band, d.disability, d.refugee_status, d.relationship, false, null::date,
  ind_events(
    ind_event('feedback', b.collected_at, b.respondent, 1),
    ind_event('satisfied', case when b.satisfaction >= 4 then b.collected_at end, b.respondent, 1),
    ind_event('wellbeing_asked', case when b.respondent = 'child' and b.wellbeing_improved is not null then b.collected_at end, null, 1),
    ind_event('wellbeing_better', case when b.respondent = 'child' and b.wellbeing_improved then b.collected_at end, null, 1)
  )
from client_feedback b join ind_case_dims_live d on d.case_id = b.case_id
union all
-- Incident reports: received (by channel), screened (VENA or not), and the
-- hours to screening and to the tier's response, counted in the month received.
select 'report', r.id, d.district_id, d.sector_id, d.tier, d.case_types, d.sex, d.age_band, d.disability, d.refugee_status, d.relationship, false, null::date,
  ind_events(
    ind_event('reports_received', r.received_at, r.channel, 1),
    ind_event('reports_screened', r.screened_at, case when r.is_vena then 'vena' else 'non_vena' end, 1),
    ind_event('hours_to_screening', case when r.screened_at is not null then r.received_at end, null,
      round((extract(epoch from (r.screened_at - r.received_at)) / 3600)::numeric, 2)),
    ind_event('hours_to_response', case when resp.met_at is not null then r.received_at end, null,
      round((extract(epoch from (resp.met_at - r.received_at)) / 3600)::numeric, 2))
  )
from incident_reports r
join ind_report_dims_live d on d.report_id = r.id
left join lateral (
  select min(x.met_at) as met_at from deadlines x where x.report_id = r.id and x.kind in ('tier1_response', 'tier2_assessment') and x.met_at is not null
) resp on true;

create table indicator_facts (
  subject text not null check (subject in ('case', 'referral', 'feedback', 'report')),
  id uuid not null,
  district_id text not null,
  sector_id text not null,                 -- '' when the record's place is above a sector
  tier smallint not null,                  -- 0: not screened yet
  case_types text[] not null,
  sex text not null,
  age_band text not null,
  disability text not null,
  refugee_status text not null,
  relationship text not null,
  open boolean not null,                   -- a case not closed or transferred
  plan_review_date date,                   -- the current case plan's review date
  contributions jsonb not null,
  primary key (subject, id)
);
-- "% with an up-to-date case plan" is a state now, not an event: read from
-- the open cases' facts of a district.
create index indicator_facts_open_idx on indicator_facts (district_id, sector_id) include (plan_review_date, tier) where subject = 'case' and open;

create table indicator_counts (
  indicator text not null,
  month date not null,
  district_id text not null,
  sector_id text not null,
  tier smallint not null,
  case_type text not null,                 -- '*': every case once
  sex text not null,
  age_band text not null,
  disability text not null,
  refugee_status text not null,
  relationship text not null,
  detail text not null,                    -- closure reason, channel, service type, respondent…; '' when none
  n integer not null,
  total numeric not null,                  -- sum of the events' values (hours for the time indicators)
  primary key (indicator, month, district_id, sector_id, tier, case_type, sex, age_band, disability, refugee_status, relationship, detail)
);

-- The raw figure: the same counts aggregated from the records themselves.
create view indicator_counts_live as
select e->>'i' as indicator, (e->>'m')::date as month, f.district_id, f.sector_id, f.tier, t.case_type, f.sex, f.age_band, f.disability,
  f.refugee_status, f.relationship, e->>'d' as detail, count(*)::int as n, sum((e->>'v')::numeric) as total
from indicator_facts_live f
cross join lateral jsonb_array_elements(f.contributions) e
cross join lateral (select '*'::text as case_type union select distinct unnest(f.case_types)) t
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;

create function indicator_counts_apply(f indicator_facts, sign integer) returns void language sql as $$
  insert into indicator_counts (indicator, month, district_id, sector_id, tier, case_type, sex, age_band, disability, refugee_status, relationship, detail, n, total)
  select e->>'i', (e->>'m')::date, f.district_id, f.sector_id, f.tier, t.case_type, f.sex, f.age_band, f.disability, f.refugee_status, f.relationship,
    e->>'d', sign * count(*)::int, sign * sum((e->>'v')::numeric)
  from jsonb_array_elements(f.contributions) e
  cross join (select '*'::text as case_type union select distinct unnest(f.case_types)) t
  group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
  on conflict (indicator, month, district_id, sector_id, tier, case_type, sex, age_band, disability, refugee_status, relationship, detail)
  do update set n = indicator_counts.n + excluded.n, total = indicator_counts.total + excluded.total
$$;

create function indicator_facts_trigger() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old is not distinct from new then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform indicator_counts_apply(old, -1);
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    perform indicator_counts_apply(new, 1);
  end if;
  return null;
end $$;

/** Recompute one subject's fact row from the records; a case's referrals and feedback follow its disaggregation. */
create function indicator_refresh(s text, x uuid) returns void language plpgsql as $$
declare
  n integer;
begin
  if x is null then
    return;
  end if;
  insert into indicator_facts
  select * from indicator_facts_live where subject = s and id = x
  on conflict (subject, id) do update set
    district_id = excluded.district_id, sector_id = excluded.sector_id, tier = excluded.tier, case_types = excluded.case_types,
    sex = excluded.sex, age_band = excluded.age_band, disability = excluded.disability, refugee_status = excluded.refugee_status,
    relationship = excluded.relationship, open = excluded.open, plan_review_date = excluded.plan_review_date,
    contributions = excluded.contributions;
  get diagnostics n = row_count;
  if n = 0 then
    delete from indicator_facts where subject = s and id = x;
  end if;
  if s = 'case' then
    perform indicator_refresh('referral', r.id) from referrals r where r.case_id = x;
    perform indicator_refresh('feedback', b.id) from client_feedback b where b.case_id = x;
  elsif s = 'report' then
    perform indicator_refresh('referral', r.id) from referrals r where r.report_id = x and r.case_id is null;
  end if;
end $$;

create function ind_case_source_trigger() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform indicator_refresh('case', old.case_id);
  end if;
  if tg_op in ('UPDATE', 'INSERT') and (tg_op = 'INSERT' or new.case_id is distinct from old.case_id) then
    perform indicator_refresh('case', new.case_id);
  end if;
  return null;
end $$;

create function ind_self_trigger() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform indicator_refresh(tg_argv[0], old.id);
  else
    perform indicator_refresh(tg_argv[0], new.id);
  end if;
  return null;
end $$;

create function ind_children_trigger() returns trigger language plpgsql as $$
begin
  perform indicator_refresh('case', c.id) from cases c where c.child_id = new.id;
  return null;
end $$;

create function ind_deadlines_trigger() returns trigger language plpgsql as $$
begin
  if new.report_id is not null and new.kind in ('tier1_response', 'tier2_assessment') then
    perform indicator_refresh('report', new.report_id);
  end if;
  return null;
end $$;

-- The records there already: facts first, then their counts in one pass.
insert into indicator_facts select * from indicator_facts_live;
insert into indicator_counts select * from indicator_counts_live;

create trigger indicator_facts_counts after insert or update or delete on indicator_facts
  for each row execute function indicator_facts_trigger();

create trigger ind_cases after insert or delete or update of district_id, place_id, tier, case_types, stage, opened_at, child_id on cases
  for each row execute function ind_self_trigger('case');
create trigger ind_children after update of sex, date_of_birth, disability, refugee_status on children
  for each row execute function ind_children_trigger();
create trigger ind_assessments after insert or update or delete on assessments
  for each row execute function ind_case_source_trigger();
create trigger ind_case_plans after insert or update or delete on case_plans
  for each row execute function ind_case_source_trigger();
create trigger ind_case_reviews after insert or update or delete on case_reviews
  for each row execute function ind_case_source_trigger();
create trigger ind_case_closures after insert or update or delete on case_closures
  for each row execute function ind_case_source_trigger();
create trigger ind_referrals after insert or delete or update of status, case_id, report_id, sent_at, completed_at, outcome, service_type on referrals
  for each row execute function ind_self_trigger('referral');
create trigger ind_client_feedback after insert or update or delete on client_feedback
  for each row execute function ind_self_trigger('feedback');
create trigger ind_incident_reports after insert or delete or update of district_id, place_id, tier, case_types, child_sex, child_age_years, channel, received_at, screened_at, is_vena on incident_reports
  for each row execute function ind_self_trigger('report');
create trigger ind_deadlines after insert or update of met_at on deadlines
  for each row execute function ind_deadlines_trigger();

-- File audit sampling ("% of case files, based on a sample, assessed to meet
-- national case management standards"): a reproducible random sample of a
-- district's case files for a period (the files ordered by md5(seed || case
-- id): the same seed and files give the same sample), each scored against the
-- checklist of the standards (src/indicators/file-audit-checklist.ts), with
-- who scored and when.
create table file_audits (
  id uuid primary key default gen_random_uuid(),
  district_id text not null references places(id),
  period text not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$'),
  seed text not null,
  sample_size integer not null check (sample_size between 1 and 200),
  drawn_by uuid not null references users(id),
  drawn_at timestamptz not null,
  unique (district_id, period)
);

create table file_audit_items (
  audit_id uuid not null references file_audits(id),
  case_id uuid not null references cases(id),
  position integer not null,
  checks jsonb,                             -- { item code: 'yes' | 'no' | 'na' }
  meets_standards boolean,                  -- no item answered 'no'
  score numeric,                            -- yes / (yes + no)
  note text check (length(note) <= 2000),
  scored_by uuid references users(id),
  scored_at timestamptz,
  primary key (audit_id, case_id),
  unique (audit_id, position),
  check ((scored_at is null) = (checks is null))
);
