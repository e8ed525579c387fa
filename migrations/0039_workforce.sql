-- Workforce (issue 16): supportive supervision sessions and their schedule,
-- and the training register. Caseload weights and thresholds are a setting
-- (settings key 'workforce_policy', src/workforce/workforce-policy.ts).

-- The schedule a district sets for supervision (framework §7.3): a session
-- every interval_days, more often (first_year_interval_days) in a
-- caseworker's first year in post. A district without a row follows the
-- national default of the workforce policy.
create table supervision_schedules (
  district_id text primary key references places(id),
  interval_days smallint not null check (interval_days between 7 and 180),
  first_year_interval_days smallint not null check (first_year_interval_days between 7 and 180),
  updated_by uuid not null references users(id),
  updated_at timestamptz not null
);

-- A supportive supervision session between a supervisor and one caseworker:
-- the themes the framework names, what was agreed, and the caseworker's
-- acknowledgement. district_id is the caseworker's, for district figures.
create table supervision_sessions (
  id uuid primary key default gen_random_uuid(),
  supervisor_id uuid not null references users(id),
  caseworker_id uuid not null references users(id),
  district_id text not null references places(id),
  held_on date not null,
  themes text[] not null check (cardinality(themes) between 1 and 5 and themes <@ array[
    'accountability', 'quality', 'reflective_practice', 'wellbeing', 'skills']::text[]),
  notes text check (length(notes) between 1 and 4000),
  recorded_at timestamptz not null,
  acknowledged_at timestamptz,
  acknowledgement_note text check (length(acknowledgement_note) between 1 and 1000)
);
create index supervision_sessions_caseworker_idx on supervision_sessions (caseworker_id, held_on desc);
create index supervision_sessions_supervisor_idx on supervision_sessions (supervisor_id, held_on desc);

-- The cases discussed (links to case files the supervisor may read).
create table supervision_session_cases (
  session_id uuid not null references supervision_sessions(id),
  case_id uuid not null references cases(id),
  primary key (session_id, case_id)
);
create index supervision_session_cases_case_idx on supervision_session_cases (case_id);

-- Actions agreed, each with its due date.
create table supervision_actions (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null references supervision_sessions(id),
  description text not null check (length(description) between 1 and 500),
  due_on date not null
);
create index supervision_actions_session_idx on supervision_actions (session_id);

-- A session that falls due is a deadline (kind 'supervision_session') of the
-- supervisee, so it shows on the supervisor's worklist and escalates like
-- other work; it is met when the session is recorded.
alter table deadlines add column supervisee_id uuid references users(id);
alter table deadlines drop constraint deadlines_check;
alter table deadlines add constraint deadlines_subject check (report_id is not null or case_id is not null or supervisee_id is not null);
-- One open session deadline per supervisee: a second escalation run on another
-- server opening the same one finds it there (on conflict do nothing).
create unique index deadlines_supervisee_open_idx on deadlines (supervisee_id) where met_at is null and supervisee_id is not null;

-- The trainings Rinda records, as data. The national case management
-- training gates leading a case (src/access/case-access.ts); refresher_months
-- gives a record its expiry when one applies.
create table trainings (
  code text primary key check (code ~ '^[a-z0-9_]{2,60}$'),
  audience text not null check (audience in ('caseworker', 'supervisor', 'izu', 'local_leader')),
  gates_lead_caseworker boolean not null default false,
  refresher_months smallint check (refresher_months between 1 and 120),
  sort smallint not null
);
insert into trainings (code, audience, gates_lead_caseworker, refresher_months, sort) values
  ('national_case_management', 'caseworker', true, null, 10),
  ('case_management_followup', 'caseworker', false, 24, 20),
  ('supervision', 'supervisor', false, null, 30),
  ('izu_child_safeguarding', 'izu', false, null, 40),
  ('izu_reporting', 'izu', false, null, 50),
  ('izu_referrals', 'izu', false, null, 60),
  ('izu_positive_parenting', 'izu', false, null, 70),
  ('izu_home_visits', 'izu', false, null, 80),
  ('local_leaders_child_protection', 'local_leader', false, null, 90);

-- Each person's record of a training. For the national training the gate
-- reads users.training_completed_on, which recording it sets in the same
-- transaction (src/workforce/training.service.ts): the register is where the
-- training is recorded, the column is what the gate checks.
create table training_records (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id),
  training_code text not null references trainings(code),
  completed_on date not null,
  provider text check (length(provider) between 1 and 200),
  certificate_ref text check (length(certificate_ref) between 1 and 100),
  expires_on date check (expires_on is null or expires_on >= completed_on),
  recorded_by uuid references users(id),
  recorded_at timestamptz not null,
  unique (user_id, training_code, completed_on)
);
create index training_records_training_idx on training_records (training_code, user_id);

-- The national training dates already on record become register entries.
insert into training_records (user_id, training_code, completed_on, recorded_at)
  select id, 'national_case_management', training_completed_on, now() from users where training_completed_on is not null;
