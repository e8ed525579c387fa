-- The IZU monthly report (issue 13; programme brief: "each pair sends a
-- monthly report; cell coordinators compile them, then sector and district,
-- then NCDA"). One row per report received: the current one of a village and
-- month has superseded_at null; a later report for the same village and month
-- replaces it and the earlier stays, pointing at its successor.
create table izu_monthly_reports (
  id uuid primary key default gen_random_uuid(),
  village_id text not null references places(id),
  -- The month reported on, 'YYYY-MM' (Africa/Kigali calendar).
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  channel text not null check (channel in ('web', 'paper', 'sms', 'ussd')),
  -- The IZU whose report it is; null for a paper report typed by a coordinator.
  submitted_by uuid references users(id),
  -- Who typed it: the IZU themselves, or the coordinator entering a paper form.
  entered_by uuid not null references users(id),
  received_at timestamptz not null,
  households_visited integer not null check (households_visited >= 0),
  -- Counts by category code (src/community/monthly-report.content.ts), zero counts left out.
  children_at_risk jsonb not null default '{}' check (jsonb_typeof(children_at_risk) = 'object'),
  incidents jsonb not null default '{}' check (jsonb_typeof(incidents) = 'object'),
  resolved_in_community integer not null check (resolved_in_community >= 0),
  referrals_made integer not null check (referrals_made >= 0),
  follow_up_visits integer not null check (follow_up_visits >= 0),
  concerns text check (length(concerns) <= 2000),
  superseded_at timestamptz,
  superseded_by uuid references izu_monthly_reports(id) deferrable initially deferred,
  check ((superseded_at is null) = (superseded_by is null)),
  check (channel = 'paper' or submitted_by is not null)
);

-- One current report per village and month: a second writer for the same
-- village and month waits on this index, so replacement never leaves two.
create unique index izu_monthly_reports_current_idx on izu_monthly_reports (village_id, month) where superseded_at is null;
-- Roll-ups and the indicators read a month's current reports under a place
-- code prefix (a cell, a sector, a district, the country).
create index izu_monthly_reports_month_place_idx on izu_monthly_reports (month, village_id text_pattern_ops) where superseded_at is null;
-- A village's history for a month, newest first.
create index izu_monthly_reports_history_idx on izu_monthly_reports (village_id, month, received_at desc);

-- Reminders sent after the deadline: once per village (its pair) and month,
-- and once per cell (its coordinator's missing list) and month, whichever
-- server runs the reminder worker.
create table izu_report_reminders (
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  place_id text not null references places(id),
  kind text not null check (kind in ('pair', 'coordinator')),
  sent_at timestamptz not null,
  primary key (month, place_id, kind)
);
