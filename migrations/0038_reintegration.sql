-- Family tracing, reintegration and care leavers (Tubarerere Mu Muryango,
-- SYSTEM.md §7), on the child's one case file. See docs/reintegration.md.

-- A psychologist is a caseworker (a CPWO or CSO caseworker) with a
-- profession: the framework's CPWO is "a social worker or psychologist".
-- Unset means social worker (the CSO caseworker is one by definition). The
-- psychological part of a reintegration assessment needs a psychologist.
alter table users add column profession text check (profession in ('social_worker', 'psychologist'));

-- One attempt to reintegrate a child with their family. The stages run in
-- order (src/reintegration/reintegration-stages.ts); an attempt ends when its
-- closure stage is recorded (completed) or when it fails at a stage, with the
-- reason (the case goes on; the child may go to alternative care). One
-- attempt in progress per case; the ended ones are its history.
create table reintegrations (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  status text not null default 'in_progress' check (status in ('in_progress', 'completed', 'failed')),
  started_on date not null,
  started_by uuid not null references users(id),
  started_at timestamptz not null,
  ended_at timestamptz,
  failed_stage text check (failed_stage in ('tracing', 'assessment', 'planning', 'first_contact', 'reunification', 'post_support', 'closure')),
  failure_reason text check (failure_reason in ('family_not_found', 'family_not_safe', 'family_refuses', 'child_refuses', 'not_in_best_interests', 'placement_broke_down', 'other')),
  failure_note text check (length(failure_note) between 1 and 2000),
  failed_by uuid references users(id),
  check ((status = 'failed') = (failed_stage is not null and failure_reason is not null and failed_by is not null)),
  check ((status = 'in_progress') = (ended_at is null))
);
create index reintegrations_case_idx on reintegrations (case_id, started_at);
create unique index reintegrations_one_in_progress_idx on reintegrations (case_id) where status = 'in_progress';

-- A stage done: dated, with who did it and who recorded it.
create table reintegration_stages (
  id uuid primary key default gen_random_uuid(),
  reintegration_id uuid not null references reintegrations(id),
  stage text not null check (stage in ('tracing', 'assessment', 'planning', 'first_contact', 'reunification', 'post_support', 'closure')),
  completed_on date not null,
  done_by uuid not null references users(id),
  note text check (length(note) between 1 and 4000),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null,
  unique (reintegration_id, stage)
);

-- Family tracing. A lead: a relative or someone who may know the family, and
-- where (a place of the Rwanda tree, usually a village). Names, phones and
-- directions are the family's address: need-to-know (src/access/reintegration-access.ts).
create table tracing_leads (
  id uuid primary key default gen_random_uuid(),
  reintegration_id uuid not null references reintegrations(id),
  case_id uuid not null references cases(id),
  person_name text not null check (length(person_name) between 1 and 200),
  relationship text not null check (relationship in ('mother', 'father', 'grandparent', 'aunt_uncle', 'sibling', 'other_relative', 'neighbour', 'community_leader', 'other')),
  phone text check (length(phone) between 4 and 20),
  place_id text not null references places(id),
  district_id text not null references places(id),
  directions text check (length(directions) between 1 and 1000),
  source text check (length(source) between 1 and 1000),
  visit_task_id uuid references visit_tasks(id),
  created_by uuid not null references users(id),
  created_at timestamptz not null
);
create index tracing_leads_reintegration_idx on tracing_leads (reintegration_id, created_at);

-- An attempt to follow a lead: who, when, how, and what came of it.
create table tracing_attempts (
  id uuid primary key default gen_random_uuid(),
  lead_id uuid not null references tracing_leads(id),
  reintegration_id uuid not null references reintegrations(id),
  attempted_on date not null,
  attempted_by uuid not null references users(id),
  method text not null check (method in ('home_visit', 'phone_call', 'izu_enquiry', 'local_leader', 'radio_announcement', 'other')),
  outcome text not null check (outcome in ('family_found', 'family_moved', 'not_known_there', 'no_answer', 'family_refuses_contact', 'other')),
  note text check (length(note) between 1 and 2000),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null
);
create index tracing_attempts_lead_idx on tracing_attempts (lead_id, attempted_on);
create index tracing_attempts_reintegration_idx on tracing_attempts (reintegration_id);

-- The assessment of child and family: two assessors on one case, each
-- recording their own part (the social worker's social, economic and
-- community; the psychologist's emotional, attachment and behaviour).
create table reintegration_assessments (
  id uuid primary key default gen_random_uuid(),
  reintegration_id uuid not null references reintegrations(id),
  part text not null check (part in ('social', 'psychological')),
  assessed_on date not null,
  assessor_id uuid not null references users(id),
  social text check (length(social) between 1 and 4000),
  economic text check (length(economic) between 1 and 4000),
  community text check (length(community) between 1 and 4000),
  emotional text check (length(emotional) between 1 and 4000),
  attachment text check (length(attachment) between 1 and 4000),
  behaviour text check (length(behaviour) between 1 and 4000),
  family_safe boolean not null,
  recommendation text not null check (length(recommendation) between 1 and 4000),
  recorded_at timestamptz not null,
  unique (reintegration_id, part),
  check (part <> 'social' or (social is not null and economic is not null and community is not null and emotional is null and attachment is null and behaviour is null)),
  check (part <> 'psychological' or (emotional is not null and attachment is not null and behaviour is not null and social is null and economic is null and community is null))
);

-- A care leaver's transition plan (a young person approaching 18 in care):
-- housing, work, education, a safe adult; support given after 18 is recorded
-- on the same file; the plan closes when its goals are met.
create table transition_plans (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  status text not null default 'open' check (status in ('open', 'closed')),
  housing text not null check (length(housing) between 1 and 2000),
  work text not null check (length(work) between 1 and 2000),
  education text not null check (length(education) between 1 and 2000),
  safe_adult_name text not null check (length(safe_adult_name) between 1 and 200),
  safe_adult_phone text check (length(safe_adult_phone) between 4 and 20),
  created_by uuid not null references users(id),
  created_at timestamptz not null,
  updated_by uuid not null references users(id),
  updated_at timestamptz not null,
  closed_on date,
  closed_by uuid references users(id),
  closure_note text check (length(closure_note) between 1 and 2000),
  check ((status = 'closed') = (closed_on is not null and closed_by is not null))
);
create unique index transition_plans_one_open_idx on transition_plans (case_id) where status = 'open';
create index transition_plans_case_idx on transition_plans (case_id, created_at);

create table transition_support (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references transition_plans(id),
  area text not null check (area in ('housing', 'work', 'education', 'safe_adult', 'other')),
  given_on date not null,
  given_by uuid not null references users(id),
  note text not null check (length(note) between 1 and 2000),
  recorded_at timestamptz not null
);
create index transition_support_plan_idx on transition_support (plan_id, given_on);
