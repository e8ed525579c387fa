-- IZU household visits, incident flags, and visit tasks answered by number
-- (the community volunteers issue).

-- A household visit an IZU makes (8-10 a month, framework §6): the household
-- by a code the volunteer keeps, never a name; how many children were seen,
-- and the concerns found, as codes (src/community/izu-visit-vocabulary.ts).
-- district_id is the village's, so a district's or a cell's visits are read
-- by an index, never by a scan.
create table izu_household_visits (
  id uuid primary key default gen_random_uuid(),
  izu_user_id uuid not null references users(id),
  village_id text not null references places(id),
  district_id text not null references places(id),
  household_code text not null check (household_code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$' and length(household_code) <= 20 and household_code ~ '[0-9]'),
  visited_on date not null,
  children_seen integer not null check (children_seen between 0 and 30),
  concerns text[] not null default '{}' check (concerns <@ array[
    'violence_at_home', 'neglect', 'child_out_of_school', 'child_labour', 'food_insecurity', 'illness_untreated',
    'disability_unsupported', 'child_headed_household', 'teenage_pregnancy', 'substance_abuse', 'family_conflict', 'other']::text[]),
  note text check (length(note) between 1 and 500),
  received_via text not null check (received_via in ('web', 'sms', 'ussd')),
  recorded_at timestamptz not null
);
create index izu_household_visits_izu_idx on izu_household_visits (izu_user_id, visited_on desc, id);
create index izu_household_visits_place_idx on izu_household_visits (district_id, village_id, visited_on);

-- An incident an IZU flags is an incident report (channel izu) in the
-- district register; this row keeps what the volunteer said of it: the kind
-- of incident as they saw it (screening decides the case types), whether they
-- marked it urgent, and how it came in.
create table izu_incident_flags (
  report_id uuid primary key references incident_reports(id),
  izu_user_id uuid not null references users(id),
  incident_type text not null check (incident_type in ('sexual_violence', 'physical_violence', 'emotional_violence',
    'abandonment_neglect', 'child_labour_exploitation', 'street_connected', 'harmful_practices', 'other')),
  urgent boolean not null,
  received_via text not null check (received_via in ('web', 'sms', 'ussd')),
  flagged_at timestamptz not null
);
create index izu_incident_flags_izu_idx on izu_incident_flags (izu_user_id, flagged_at);

-- A visit task's number: short, typed on a basic phone to answer the task by
-- SMS or USSD (the SMS that announces a task carries it and no child
-- details). One national sequence, so a number names one task; the answer is
-- looked up among the sender's own open tasks only. A column default (not a
-- trigger), so rows loaded in bulk with triggers off get theirs too.
create sequence visit_task_number_seq;
alter table visit_tasks add column task_number integer;
update visit_tasks vt set task_number = n.num
  from (select id, row_number() over (order by requested_at, id) as num from visit_tasks) n where n.id = vt.id;
select setval('visit_task_number_seq', coalesce((select max(task_number) from visit_tasks), 0) + 1, false);
alter table visit_tasks alter column task_number set default nextval('visit_task_number_seq');
alter table visit_tasks alter column task_number set not null;
alter sequence visit_task_number_seq owned by visit_tasks.task_number;
create unique index visit_tasks_number_idx on visit_tasks (task_number);
