-- Steps 1-3 support: register numbers, and indexes for worklists, escalation
-- and notifications. The deadline policy's defaults are the framework's values
-- in src/deadlines/deadline-policy.ts; an administrator's changes are stored in
-- settings under the key 'deadline_policy'.

-- One counter per district and year for register references (R57-26-000123).
-- Taken with INSERT … ON CONFLICT DO UPDATE … RETURNING, so concurrent reports
-- in a district wait on the row and never get the same number.
create table report_sequences (
  district_id text not null references places(id),
  year smallint not null,
  last_value integer not null,
  primary key (district_id, year)
);

-- Worklists of the district (CPWO) by due time.
create index deadlines_district_open_idx on deadlines (district_id, due_at) where met_at is null;

-- The bell: a user's unread notifications.
create index notifications_unread_idx on notifications (user_id) where read_at is null;
