-- National scale (issue 5): what the benchmarks on the synthetic country
-- (two million cases; npm run bench, see bench/) showed these queries need.

-- Child search by name, scoped to a district (likely matches at intake): one
-- GIN index on the district and the name's trigrams finds a district's
-- candidates without visiting every similar name in the country (Gasabo:
-- 200,000 candidates read → 13,000). It answers name-only searches too, so it
-- replaces the name-only index. btree_gin is a trusted extension (PostgreSQL
-- 13+): the database owner may create it. The embedded database (PGlite) does
-- not load it: there, with pg_trgm, a query after a trigram search now and
-- then never returned. It keeps the name-only index, which is quick on a
-- laptop's data.
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'btree_gin') then
    create extension if not exists btree_gin;
    create index children_district_search_idx on children using gin (district_id, search_name gin_trgm_ops);
    drop index if exists children_search_trgm_idx;
  end if;
end $$;

-- The national count of cases by district, tier, case type and month opened
-- (Kigali time), the figure dashboards stand on: kept up to date by a trigger
-- in the transaction that writes the case, so reading it costs a scan of a few
-- tens of thousands of rows instead of an aggregate over every case, with no
-- nightly rebuild. A case of two types counts once under each. Kigali has no
-- daylight saving, so a case never changes month.
create table case_month_counts (
  district_id text not null references places(id),
  tier smallint not null,
  case_type text not null,
  month date not null,                    -- first day of the month opened, Africa/Kigali
  cases integer not null,
  primary key (district_id, tier, case_type, month)
);

create function case_month_counts_add(d text, t smallint, types text[], opened timestamptz, delta integer) returns void
language sql as $$
  insert into case_month_counts (district_id, tier, case_type, month, cases)
  select d, t, x.case_type, date_trunc('month', opened at time zone 'Africa/Kigali')::date, delta
  from (select distinct unnest(types) as case_type) x
  on conflict (district_id, tier, case_type, month) do update set cases = case_month_counts.cases + excluded.cases
$$;

create function cases_month_counts_trigger() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.district_id = old.district_id and new.tier = old.tier
     and new.case_types = old.case_types and new.opened_at = old.opened_at then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform case_month_counts_add(old.district_id, old.tier, old.case_types, old.opened_at, -1);
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    perform case_month_counts_add(new.district_id, new.tier, new.case_types, new.opened_at, 1);
  end if;
  return null;
end $$;

create trigger cases_month_counts after insert or update or delete on cases
  for each row execute function cases_month_counts_trigger();

-- The cases already there.
insert into case_month_counts (district_id, tier, case_type, month, cases)
select c.district_id, c.tier, x.case_type, date_trunc('month', c.opened_at at time zone 'Africa/Kigali')::date, count(*)
from cases c cross join lateral (select distinct unnest(c.case_types) as case_type) x
group by 1, 2, 3, 4;
