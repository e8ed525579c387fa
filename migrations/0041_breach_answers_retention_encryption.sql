-- Data protection (Law N° 058/2021): answers for a breach from the audit, the
-- breach register with its NCSA deadlines, the record of what retention did,
-- and the data keys of the free text encrypted at rest.

-- "Who saw child X": entries about any of the child's records, whatever their
-- type (the entity_type index needs the type first). "What did user Y see" in a
-- period: by actor and time. "Every record touched from address Z": by address.
create index audit_events_entity_id_idx on audit_events (entity_id, seq) where entity_id is not null;
create index audit_events_actor_at_idx on audit_events (actor_id, at) where actor_id is not null;
create index audit_events_ip_idx on audit_events (ip, seq) where ip is not null;

-- The breach register (Arts 43–44): a breach is notified to NCSA within 48
-- hours of being found and reported within 72. Each deadline escalates like
-- the case deadlines (one level per interval) until it is met.
create table breaches (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  found_at timestamptz not null,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null,
  kind text not null check (kind in ('confidentiality', 'integrity', 'availability')),
  summary text not null,
  -- What and whom it concerns, from the breach queries: ids only.
  child_ids uuid[] not null default '{}',
  user_ids uuid[] not null default '{}',
  addresses text[] not null default '{}',
  notice_due_at timestamptz not null,
  notice_sent_at timestamptz,
  notice_reference text,
  report_due_at timestamptz not null,
  report_sent_at timestamptz,
  report_reference text,
  escalation_level smallint not null default 0,
  last_escalated_at timestamptz,
  closed_at timestamptz,
  updated_at timestamptz not null
);
create index breaches_open_idx on breaches (found_at) where closed_at is null;

-- Retention (Art. 52): what each run did (or, dry, would do), kept. A rule
-- pseudonymises or removes a field and says so here; nothing goes silently.
create table retention_runs (
  id uuid primary key default gen_random_uuid(),
  started_at timestamptz not null,
  finished_at timestamptz,
  dry_run boolean not null,
  actor_id uuid references users(id),
  counts jsonb not null default '{}'
);
create table retention_actions (
  id bigserial primary key,
  run_id uuid not null references retention_runs(id),
  rule text not null,
  entity_type text not null,
  entity_id uuid not null,
  action text not null,
  at timestamptz not null
);
create index retention_actions_run_idx on retention_actions (run_id, id);
create index retention_actions_entity_idx on retention_actions (entity_id);
alter table incident_reports add column identity_minimised_at timestamptz;
alter table incident_reports add column reporter_phone_removed_at timestamptz;
alter table case_attachments add column content_removed_at timestamptz;

-- Envelope encryption of the free text that harms most if a copy leaks: each
-- value is sealed under a data key; data keys are stored sealed under the
-- server key (RINDA_SECRET_KEY), never in the clear. Rotation makes a new data
-- key current and re-seals the rows in batches (src/encryption/).
create table data_keys (
  id serial primary key,
  sealed_key text not null,
  created_at timestamptz not null,
  retired_at timestamptz
);
create unique index data_keys_current_idx on data_keys ((true)) where retired_at is null;
