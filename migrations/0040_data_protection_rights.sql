-- The rights of the people in the records (Law N° 058/2021, Arts 18–23).

-- The data protection officer at NCDA: handles the requests register and
-- reviews every emergency access.
alter table users drop constraint if exists users_role_check;
alter table users add constraint users_role_check check (role in ('izu', 'izu_cell_coordinator', 'izu_sector_coordinator', 'cpwo', 'cso_caseworker', 'supervisor', 'service_provider', 'hotline_agent', 'local_leader', 'ncda_officer', 'dpo', 'analyst', 'sysadmin'));

-- The requests register: a request from a child, a caregiver or another
-- person in a file, about their own data (the subject), recorded with who
-- asked, on whose behalf, the identity check done, a due date, the decision
-- with its legal reason, and its execution. Seen by the data protection
-- officer and the CPWOs of the child's district.
create table dp_requests (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  district_id text not null references places(id),
  child_id uuid not null references children(id),
  household_member_id uuid references household_members(id),
  right_kind text not null check (right_kind in ('access', 'rectification', 'objection', 'restriction', 'erasure')),
  requester_name text not null,
  requester_relationship text not null check (requester_relationship in ('self', 'parent_or_caregiver', 'legal_representative', 'other')),
  identity_check text not null,
  details text,
  rectification jsonb,
  received_at timestamptz not null,
  due_at timestamptz not null,
  recorded_by uuid not null references users(id),
  status text not null default 'open' check (status in ('open', 'granted', 'refused', 'executed')),
  decision_reason text,
  decided_at timestamptz,
  decided_by uuid references users(id),
  executed_at timestamptz,
  executed_by uuid references users(id),
  execution jsonb,
  created_at timestamptz not null default now()
);
create index dp_requests_district_idx on dp_requests (district_id, status, due_at);
create index dp_requests_child_idx on dp_requests (child_id);

-- Rectification keeps its history: the value before and after, by request.
create table dp_rectifications (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references dp_requests(id),
  entity text not null check (entity in ('child', 'household_member')),
  entity_id uuid not null,
  field text not null,
  old_value text,
  new_value text,
  at timestamptz not null,
  by_user uuid not null references users(id)
);
create index dp_rectifications_request_idx on dp_rectifications (request_id);

-- Restriction (Art. 21) and erasure as pseudonymisation (Art. 22), by the request that decided them.
alter table children add column restricted_at timestamptz;
alter table children add column restricted_by_request uuid references dp_requests(id);
alter table children add column pseudonymised_at timestamptz;
alter table household_members add column restricted_at timestamptz;
alter table household_members add column pseudonymised_at timestamptz;

-- A request's due date is a deadline like the others (it escalates).
alter table deadlines add column dp_request_id uuid references dp_requests(id);
create index deadlines_dp_request_idx on deadlines (dp_request_id) where dp_request_id is not null;

-- Emergency access ("break the glass"): a written reason, a time limit, and
-- a place on the data protection officer's review list until a finding closes it.
create table emergency_access (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  user_id uuid not null references users(id),
  reason text not null,
  purpose text not null check (purpose in ('read', 'act_to_protect')),
  allows_work boolean not null,
  opened_at timestamptz not null,
  expires_at timestamptz not null,
  finding text,
  reviewed_at timestamptz,
  reviewed_by uuid references users(id)
);
create index emergency_access_user_idx on emergency_access (user_id, expires_at);
create index emergency_access_review_idx on emergency_access (opened_at) where reviewed_at is null;

-- A deadline times a report, a case, a supervisee's session (0039) or (now) a data protection request.
alter table deadlines drop constraint if exists deadlines_check;
alter table deadlines drop constraint if exists deadlines_subject;
alter table deadlines add constraint deadlines_subject check (report_id is not null or case_id is not null or supervisee_id is not null or dp_request_id is not null);
