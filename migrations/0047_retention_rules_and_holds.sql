-- Retention (Law N° 058/2021 Art. 52) as data: the rules the data protection
-- officer or an administrator has changed (a kind without a row follows the
-- default in src/retention/retention-rules.ts), and the holds that keep a
-- record out of every rule (a legal claim, an investigation). What each run
-- did stays in retention_runs / retention_actions (migrations/0041).
create table retention_rules (
  kind text primary key check (kind in ('report_identity_non_vena', 'reporter_phone', 'closed_case_attachments', 'audit', 'paper_files')),
  enabled boolean not null,
  period_days integer not null check (period_days >= 0 and period_days <= 36500),
  updated_by uuid not null references users(id),
  updated_at timestamptz not null
);

create table retention_holds (
  id uuid primary key default gen_random_uuid(),
  child_id uuid references children(id),
  report_id uuid references incident_reports(id),
  reason text not null,
  placed_by uuid not null references users(id),
  placed_at timestamptz not null,
  released_by uuid references users(id),
  released_at timestamptz,
  check ((child_id is null) <> (report_id is null))
);
create index retention_holds_child_idx on retention_holds (child_id) where released_at is null;
create index retention_holds_report_idx on retention_holds (report_id) where released_at is null;

-- What the worker looks for: closed reports not yet minimised, phones still held, attachments still whole.
create index incident_reports_retention_identity_idx on incident_reports (closed_at) where identity_minimised_at is null and is_vena = false;
create index incident_reports_retention_phone_idx on incident_reports (closed_at) where reporter_phone is not null;
create index case_attachments_retention_idx on case_attachments (case_id) where content_removed_at is null;
create index retention_actions_rule_entity_idx on retention_actions (rule, entity_id);
