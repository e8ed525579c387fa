-- Worklists at national scale (issue 5). On two million cases a CPWO's lists
-- joined every open deadline and every case of the district to other tables
-- before paging; these columns and indexes let each list read its own rows.

-- A deadline's tier, fixed when its clock starts: a report's screening clock
-- has none (the tier is decided by screening); the tier response and every
-- case clock take the report's or case's tier, which never changes after
-- screening. The deadline worklist filters and counts on it without joining
-- cases and reports.
alter table deadlines add column tier smallint check (tier in (1, 2));

create function deadlines_set_tier() returns trigger language plpgsql as $$
begin
  if new.tier is null and new.kind <> 'screening' then
    new.tier := coalesce(
      (select c.tier from cases c where c.id = new.case_id),
      (select r.tier from incident_reports r where r.id = new.report_id));
  end if;
  return new;
end $$;
create trigger deadlines_tier before insert on deadlines
  for each row execute function deadlines_set_tier();

update deadlines d set tier = coalesce(
  (select c.tier from cases c where c.id = d.case_id),
  (select r.tier from incident_reports r where r.id = d.report_id))
where d.kind <> 'screening';

-- The district's open deadlines in due order, with what the list filters on,
-- read from the index alone.
drop index if exists deadlines_district_open_idx;
create index deadlines_district_open_idx on deadlines (district_id, due_at, id) include (tier, kind) where met_at is null;

-- The caseload, soonest due first then newest (case-list.repository.ts): the
-- district's cases in list order, whatever the stage and tier filters.
create index cases_caseload_idx on cases (district_id, next_due_at, opened_at desc, id);

-- The caseload's name search reads the case row: the child's search key is
-- kept on the case, so a district's cases are searched by one trigram index
-- on (district, name) instead of every similar name in the country.
alter table cases add column child_search_name text;
update cases c set child_search_name = ch.search_name from children ch where ch.id = c.child_id;
alter table cases alter column child_search_name set not null;

create function cases_set_child_search_name() returns trigger language plpgsql as $$
begin
  new.child_search_name := (select ch.search_name from children ch where ch.id = new.child_id);
  return new;
end $$;
create trigger cases_child_search_name before insert or update of child_id on cases
  for each row execute function cases_set_child_search_name();

create function children_search_name_to_cases() returns trigger language plpgsql as $$
begin
  update cases set child_search_name = new.search_name where child_id = new.id;
  return null;
end $$;
create trigger children_search_name_to_cases after update of search_name on children
  for each row when (old.search_name is distinct from new.search_name)
  execute function children_search_name_to_cases();

-- With btree_gin (PostgreSQL) on (district, name); without it (the embedded
-- database: see 0007) on the name alone.
do $$
begin
  if exists (select 1 from pg_extension where extname = 'btree_gin') then
    create index cases_child_search_idx on cases using gin (district_id, child_search_name gin_trgm_ops);
  else
    create index cases_child_search_idx on cases using gin (child_search_name gin_trgm_ops);
  end if;
end $$;
