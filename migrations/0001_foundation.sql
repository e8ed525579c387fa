-- Foundation: the map of Rwanda, organisations, users, sessions, settings, audit.
create extension if not exists pg_trgm;

-- The map. A place's id is its permanent code; a code starts with the codes of
-- its ancestors (fixed width per level), so "inside a jurisdiction" is a prefix.
create table places (
  id text primary key,
  parent_id text references places(id),
  level smallint not null check (level between 0 and 5), -- 0 Rwanda (the national root, id 'RW'), 1 province, 2 district (Akarere), 3 sector (Umurenge), 4 cell (Akagari), 5 village (Umudugudu)
  name text not null,
  search_name text not null, -- lower case, letters and digits only, single spaces
  district_id text references places(id)
);
create index places_parent_idx on places (parent_id, name);
create index places_search_trgm_idx on places using gin (search_name gin_trgm_ops);

create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kind text not null check (kind in ('ncda', 'district_office', 'sector_office', 'rib', 'rnp', 'isange', 'health_facility', 'school', 'ngo', 'community_group', 'government_agency', 'other')),
  place_id text not null references places(id),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index organisations_name_place_idx on organisations (lower(name), place_id);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  full_name text not null,
  role text not null check (role in ('izu', 'izu_cell_coordinator', 'izu_sector_coordinator', 'cpwo', 'cso_caseworker', 'supervisor', 'service_provider', 'hotline_agent', 'local_leader', 'ncda_officer', 'analyst', 'sysadmin')),
  organisation_id uuid references organisations(id),
  jurisdiction_id text not null references places(id),
  supervisor_id uuid references users(id),
  training_completed_on date,
  phone text,
  email text,
  language text not null default 'rw' check (language in ('rw', 'en', 'fr')),
  active boolean not null default true,
  password_hash text not null,
  password_changed_at timestamptz not null default now(),
  must_change_password boolean not null default true,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  totp_secret text,           -- encrypted with the server key
  totp_enabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_username_idx on users (lower(username));
create index users_jurisdiction_idx on users (jurisdiction_id);
create index users_supervisor_idx on users (supervisor_id);

create table recovery_codes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id),
  code_hash text not null,
  used_at timestamptz
);
create index recovery_codes_user_idx on recovery_codes (user_id);

create table sessions (
  id text primary key,        -- sha256 of the cookie token; the token itself is never stored
  user_id uuid not null references users(id),
  csrf_token text not null,
  stage text not null check (stage in ('mfa', 'active')),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index sessions_user_idx on sessions (user_id);

create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now(),
  updated_by uuid references users(id)
);

-- Append-only, hash-chained audit. Each row's hash covers its content and the
-- previous row's hash; `npm run audit:verify` recomputes the chain.
create table audit_events (
  seq bigserial primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_role text,
  ip text,
  request_id text,
  action text not null,
  entity_type text,
  entity_id text,
  fields text[] not null default '{}',
  outcome text not null default 'success' check (outcome in ('success', 'denied', 'failure')),
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null
);
create index audit_events_actor_idx on audit_events (actor_id, seq);
create index audit_events_entity_idx on audit_events (entity_type, entity_id, seq);

create function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end $$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();
