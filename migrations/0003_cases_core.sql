-- The case, core: incident reports (framework steps 1-3), children and their
-- households, cases (step 4 on), deadlines with escalation, notifications and
-- the case timeline. Later steps add their own tables in later migrations.

-- Steps 1-2: every identified report lands in the register of the district
-- where the child is, VENA or not.
create table incident_reports (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,          -- e.g. R57-26-000123: register number, no personal data
  district_id text not null references places(id),
  place_id text not null references places(id), -- where the child is: a village where known, else higher
  channel text not null check (channel in ('izu', 'school', 'health_facility', 'police', 'rib', 'local_leader', 'hotline_116', 'child', 'family_member', 'community_member', 'ngo', 'other')),
  reporter_user_id uuid references users(id),
  reporter_name text,
  reporter_phone text,                     -- normalised +2507…; gets status SMS without details
  reporter_relationship text,
  child_name text,                         -- as known at report time; may be a description
  child_sex text check (child_sex in ('female', 'male', 'unknown')),
  child_age_years smallint check (child_age_years between 0 and 17),
  child_description text,
  what_happened text not null,
  incident_date date,
  incident_place text,
  received_at timestamptz not null,
  recorded_by uuid not null references users(id),
  status text not null default 'new' check (status in ('new', 'screened', 'early_intervention', 'case_opened', 'closed')),
  -- step 3: screening and risk categorisation
  screened_at timestamptz,
  screened_by uuid references users(id),
  is_vena boolean,
  case_types text[] not null default '{}',
  tier smallint check (tier in (1, 2)),
  tier_reason text,
  non_vena_needs text[] not null default '{}',
  early_intervention text[] not null default '{}',
  screening_note text,
  child_id uuid,
  case_id uuid,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint screened_vena_has_tier check (is_vena is distinct from true or (tier is not null and tier_reason is not null and cardinality(case_types) > 0))
);
create index incident_reports_register_idx on incident_reports (district_id, status, received_at desc);
create index incident_reports_recorded_by_idx on incident_reports (recorded_by, received_at desc);

create table children (
  id uuid primary key default gen_random_uuid(),
  child_code text not null unique,         -- never contains the name; see docs/identifiers.md
  district_id text not null references places(id),
  place_id text not null references places(id),
  given_name text not null,
  family_name text,
  other_names text,
  search_name text not null,               -- normalised full name for fuzzy matching
  sex text not null check (sex in ('female', 'male')),
  date_of_birth date,
  birth_date_estimated boolean not null default false,
  disability text[] not null default '{}', -- empty: none known
  disability_note text,
  refugee_status text not null default 'national' check (refugee_status in ('national', 'refugee', 'asylum_seeker', 'returnee', 'stateless', 'unknown')),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index children_district_idx on children (district_id);
create index children_search_trgm_idx on children using gin (search_name gin_trgm_ops);

create table household_members (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references children(id),
  full_name text not null,
  relationship text not null check (relationship in ('mother', 'father', 'stepmother', 'stepfather', 'sibling', 'grandparent', 'aunt_uncle', 'other_relative', 'foster_carer', 'guardian', 'other')),
  sex text check (sex in ('female', 'male')),
  age_years smallint check (age_years between 0 and 120),
  phone text,
  is_caregiver boolean not null default false,
  lives_with_child boolean not null default true,
  sibling_child_id uuid references children(id),
  created_at timestamptz not null default now()
);
create index household_members_child_idx on household_members (child_id);

-- Step 4 on: one child, possibly several cases over time, all in one case file.
create table cases (
  id uuid primary key default gen_random_uuid(),
  case_code text not null unique,          -- the child's code + '-' + the case number
  child_id uuid not null references children(id),
  report_id uuid not null references incident_reports(id),
  district_id text not null references places(id),
  place_id text not null references places(id),
  stage text not null check (stage in ('intake', 'assessment', 'planning', 'implementation', 'review', 'closed', 'transferred')),
  tier smallint not null check (tier in (1, 2)),
  case_types text[] not null,
  lead_caseworker_id uuid references users(id),
  supervisor_id uuid references users(id),  -- the lead caseworker's supervisor, kept with the case
  opened_at timestamptz not null,
  opened_by uuid not null references users(id),
  closed_at timestamptz,
  closure_reason text,
  next_due_at timestamptz,                  -- earliest open deadline (worklist sort)
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cases_worklist_idx on cases (district_id, stage, tier, next_due_at);
create index cases_lead_idx on cases (lead_caseworker_id, stage, next_due_at);
create index cases_supervisor_idx on cases (supervisor_id, stage);
create index cases_child_idx on cases (child_id);
create index cases_opened_idx on cases (opened_at);

alter table incident_reports add constraint incident_reports_child_fk foreign key (child_id) references children(id);
alter table incident_reports add constraint incident_reports_case_fk foreign key (case_id) references cases(id);

-- Deadlines the framework times (screening, Tier 1 same-day response, Tier 2
-- assessment in 7 days, plan and review dates). Overdue ones escalate step by
-- step (caseworker → supervisor → district leadership → NCDA) until met.
create table deadlines (
  id uuid primary key default gen_random_uuid(),
  kind text not null,                       -- e.g. screening, tier1_response, tier2_assessment, case_plan, case_review
  report_id uuid references incident_reports(id),
  case_id uuid references cases(id),
  district_id text not null references places(id),
  due_at timestamptz not null,
  met_at timestamptz,
  escalation_level smallint not null default 0, -- 0 none, 1 caseworker, 2 supervisor, 3 district leadership, 4 NCDA
  last_escalated_at timestamptz,
  created_at timestamptz not null default now(),
  check (report_id is not null or case_id is not null)
);
create index deadlines_open_idx on deadlines (due_at) where met_at is null;
create index deadlines_case_idx on deadlines (case_id) where met_at is null;
create index deadlines_report_idx on deadlines (report_id) where met_at is null;

create table notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id),
  kind text not null,
  message_key text not null,               -- translated in the UI
  params jsonb not null default '{}',      -- codes and references only, never names
  report_id uuid references incident_reports(id),
  case_id uuid references cases(id),
  created_at timestamptz not null,
  read_at timestamptz
);
create index notifications_user_idx on notifications (user_id, created_at desc);

-- The case timeline: one row per dated, signed step record.
create table case_events (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  at timestamptz not null,
  actor_id uuid references users(id),
  kind text not null,                      -- e.g. case.opened, assessment.added, plan.updated, referral.sent
  ref_table text,
  ref_id uuid,
  summary jsonb not null default '{}'
);
create index case_events_case_idx on case_events (case_id, at);
