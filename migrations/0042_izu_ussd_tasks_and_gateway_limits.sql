-- The USSD menu answers visit tasks (src/sms/inbound/ussd-menu.ts): a
-- session keeps the volunteer's open tasks as it found them, so every request
-- of the session replays its answers over the same list (a task assigned or
-- closed mid-call does not shift the choices).
alter table ussd_sessions add column start_tasks jsonb check (start_tasks is null or jsonb_typeof(start_tasks) = 'array');
