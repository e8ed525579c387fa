-- Every SMS goes through an outbox: it is written in the transaction of the
-- change it announces and sent after the commit by whichever server claims it
-- (src/notifications/sms-outbox.ts), so a crash between the commit and the
-- send loses nothing, and a claim taken by one server is not sent by another.
-- The retry table (0012) becomes the outbox; its rows were all failed sends.
alter table sms_retries rename to sms_outbox;
alter index sms_retries_pkey rename to sms_outbox_pkey;
drop index sms_retries_due_idx;

alter table sms_outbox add column queued_at timestamptz;
update sms_outbox set queued_at = first_failed_at;
alter table sms_outbox
  alter column queued_at set not null,
  alter column first_failed_at drop not null,
  alter column last_error drop not null,
  alter column attempts set default 0,
  -- Each number has a budget per hour and per day (RINDA_SMS_PER_NUMBER_HOUR/_DAY):
  -- a message over it is kept, refused, and never sent.
  add column refused_at timestamptz,
  add column refusal text check (refusal in ('hourly_budget', 'daily_budget'));

create index sms_outbox_due_idx on sms_outbox (next_attempt_at)
  where sent_at is null and abandoned_at is null and refused_at is null;
create index sms_outbox_budget_idx on sms_outbox (to_phone, queued_at) where refused_at is null;
