-- SMS that the gateway refused or could not take are kept and tried again
-- (issue 4's known gap). A message is tried once right after the change it
-- announces commits; a failure lands here and a timer in the server retries
-- it with a growing pause, then gives up after a day. The text carries a
-- reference or code only, never a child's name (src/notifications/sms-messages.ts).
create table sms_retries (
  id uuid primary key default gen_random_uuid(),
  to_phone text not null,
  body text not null,
  first_failed_at timestamptz not null,
  attempts integer not null,
  next_attempt_at timestamptz not null,
  last_error text not null,
  sent_at timestamptz,
  abandoned_at timestamptz
);
create index sms_retries_due_idx on sms_retries (next_attempt_at) where sent_at is null and abandoned_at is null;
