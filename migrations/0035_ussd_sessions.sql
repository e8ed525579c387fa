-- The USSD menu (src/sms/inbound/ussd-menu.ts; Africa's Talking style: each
-- request carries the whole session's answers). A session row keeps the
-- volunteer's draft as the session found it, so every request of the session
-- replays its answers from the same start, and the last answer once the
-- session ended, repeated if the aggregator asks again (nothing is recorded
-- twice).
create table ussd_sessions (
  session_id text not null check (length(session_id) between 1 and 200),
  -- The caller's number in E.164 form.
  phone text not null,
  user_id uuid not null references users(id),
  started_at timestamptz not null,
  last_seen_at timestamptz not null,
  start_draft jsonb check (start_draft is null or jsonb_typeof(start_draft) = 'object'),
  final_reply text,
  finished_at timestamptz,
  check ((final_reply is null) = (finished_at is null)),
  primary key (session_id, phone)
);
-- Old sessions are read by age (to clear them out).
create index ussd_sessions_started_idx on ussd_sessions (started_at);

-- A monthly report being answered through the menu: each confirmed answer is
-- written here as it is given, so a session that drops loses nothing and the
-- next one carries on. One per volunteer and month; removed once the report
-- is recorded or the volunteer starts again.
create table ussd_report_drafts (
  user_id uuid not null references users(id),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  answers jsonb not null check (jsonb_typeof(answers) = 'object'),
  updated_at timestamptz not null,
  primary key (user_id, month)
);
