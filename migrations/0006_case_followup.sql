-- The case, steps 7-9 (framework 3.7-3.9 and tools 13-18): direct services,
-- monitoring visits and the visit tasks asked of a village's IZU, case
-- reviews against the seven benchmarks, closure with its approvals and
-- reopenings, transfers, case notes, client feedback; plus the case file's
-- attachments (encrypted at rest) and the paper file register.
-- Every row here also leaves a case_events row (the timeline) and an audit entry.

-- Step 7: direct services given. Referrals to providers are a capability of
-- their own (consent gates, provider feedback): they get their own tables and
-- the timeline kinds 'referral.*', which are reserved for them.
create table case_services (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  domain text check (domain in ('safety', 'health', 'psychosocial', 'education', 'shelter_care', 'legal', 'economic')),
  description text not null,                -- what was given
  provided_by_user_id uuid references users(id),
  provided_by_name text,                    -- a person or provider outside Rinda
  provided_on date not null,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null,
  check (provided_by_user_id is not null or provided_by_name is not null)
);
create index case_services_case_idx on case_services (case_id, provided_on);

-- Step 8: a caseworker asks the village's IZU to visit; the IZU sees only the task.
create table visit_tasks (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  izu_user_id uuid not null references users(id),
  requested_by uuid not null references users(id),
  requested_at timestamptz not null,
  due_date date not null,
  purpose text not null,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  closed_at timestamptz
);
create index visit_tasks_izu_idx on visit_tasks (izu_user_id, status, due_date);
create index visit_tasks_case_idx on visit_tasks (case_id, requested_at);

create table monitoring_visits (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  visit_task_id uuid unique references visit_tasks(id),
  visited_by uuid not null references users(id),
  companions text,                          -- others present (names as written)
  visited_at timestamptz not null,
  observations text not null,
  child_safe boolean not null,
  concerns text,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null
);
create index monitoring_visits_case_idx on monitoring_visits (case_id, visited_at);

-- Step 8: a case review scores each of the seven benchmarks, with evidence.
create table case_reviews (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  reviewed_by uuid not null references users(id),
  reviewed_at timestamptz not null,
  met_count smallint not null check (met_count between 0 and 7),
  outcome text not null check (outcome in ('continue', 'reassess', 'ready_for_closure')),
  new_concerns text,
  note text,
  plan_goals_total integer,                 -- the plan's goals when reviewed (null: no plan table)
  plan_goals_done integer,
  check (outcome <> 'reassess' or new_concerns is not null)
);
create index case_reviews_case_idx on case_reviews (case_id, reviewed_at);

create table case_review_benchmarks (
  review_id uuid not null references case_reviews(id),
  benchmark text not null check (benchmark in ('plan_goals_achieved', 'no_household_violence', 'mitigation_in_place', 'safe_permanent_care', 'justice_process_concluded', 'child_coping_and_hope', 'safe_person_known')),
  met boolean not null,
  evidence text not null,
  primary key (review_id, benchmark)
);

-- Step 9: closure. Any reason other than the benchmarks met waits for the
-- lead caseworker's supervisor; one request is pending at a time.
create table closure_requests (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  reason text not null check (reason in ('turned_18', 'moved_abroad', 'died', 'transferred', 'lost_contact', 'other')),
  note text not null,
  requested_by uuid not null references users(id),
  requested_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
  decided_by uuid references users(id),
  decided_at timestamptz,
  decision_note text
);
create unique index closure_requests_one_pending_idx on closure_requests (case_id) where status = 'pending';
create index closure_requests_pending_idx on closure_requests (status, requested_at);

-- Every closure and every reopening is kept (the case row holds only the latest).
create table case_closures (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  reason text not null check (reason in ('goals_and_benchmarks_met', 'turned_18', 'moved_abroad', 'died', 'transferred', 'lost_contact', 'other')),
  note text,
  review_id uuid references case_reviews(id),          -- the review that allowed it
  closure_request_id uuid references closure_requests(id), -- or the approved request
  closed_by uuid not null references users(id),
  closed_at timestamptz not null,
  reopened_at timestamptz,
  reopened_by uuid references users(id),
  reopen_reason text
);
create index case_closures_case_idx on case_closures (case_id, closed_at);
create index case_closures_reason_idx on case_closures (reason, closed_at);

-- Transfer to another district (its CPWO accepts) or to another agency.
create table case_transfers (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  from_district_id text not null references places(id),
  from_place_id text not null references places(id),
  to_district_id text references places(id),
  to_place_id text references places(id),
  to_organisation_id uuid references organisations(id),
  reason text not null,
  requested_by uuid not null references users(id),
  requested_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'cancelled')),
  decided_by uuid references users(id),
  decided_at timestamptz,
  decision_reason text,
  check ((to_district_id is null) <> (to_organisation_id is null)),
  check (status <> 'declined' or decision_reason is not null)
);
create unique index case_transfers_one_pending_idx on case_transfers (case_id) where status = 'pending';
create index case_transfers_to_district_idx on case_transfers (to_district_id, status);
create index case_transfers_to_organisation_idx on case_transfers (to_organisation_id, status);
create index case_transfers_case_idx on case_transfers (case_id, requested_at);

create table case_notes (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  body text not null,
  written_by uuid not null references users(id),
  written_at timestamptz not null
);
create index case_notes_case_idx on case_notes (case_id, written_at);

-- Tool 18: the child's and the family's satisfaction (feeds the indicators).
create table client_feedback (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  respondent text not null check (respondent in ('child', 'caregiver')),
  satisfaction smallint not null check (satisfaction between 1 and 5),
  wellbeing_improved boolean,               -- the child reports better wellbeing (indicator)
  comments text,
  collected_by uuid not null references users(id),
  collected_at timestamptz not null
);
create index client_feedback_case_idx on client_feedback (case_id, collected_at);
create index client_feedback_at_idx on client_feedback (collected_at);

-- Scanned documents and evidence. The content is sealed with AES-256-GCM
-- under the server key, bound to the row's id and case: stored in the
-- database (not on a disk) so that it commits with its audit entry, is in the
-- same backups, and any application server behind a load balancer can serve it.
create table case_attachments (
  id uuid primary key,
  case_id uuid not null references cases(id),
  category text not null check (category in ('scanned_form', 'evidence', 'medical', 'legal', 'photo', 'correspondence', 'other')),
  description text,
  file_name text not null,
  content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
  size_bytes integer not null check (size_bytes > 0),
  content bytea not null,
  uploaded_by uuid not null references users(id),
  uploaded_at timestamptz not null
);
create index case_attachments_case_idx on case_attachments (case_id, uploaded_at);

-- The paper file register (framework 5.1): the file is the child's (labelled
-- by the child's code); one holder at a time; a row per sign-out.
create table paper_file_movements (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references children(id),
  holder_user_id uuid references users(id),
  holder_name text,                         -- someone without an account
  permanent boolean not null,
  purpose text,
  checked_out_at timestamptz not null,
  checked_out_by uuid not null references users(id),
  checked_in_at timestamptz,
  checked_in_by uuid references users(id),
  check ((holder_user_id is null) <> (holder_name is null))
);
create unique index paper_file_movements_out_idx on paper_file_movements (child_id) where checked_in_at is null;
create index paper_file_movements_holder_idx on paper_file_movements (holder_user_id) where checked_in_at is null;
create index paper_file_movements_child_idx on paper_file_movements (child_id, checked_out_at);
