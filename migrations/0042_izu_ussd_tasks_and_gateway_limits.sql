-- The USSD menu answers visit tasks (src/sms/inbound/ussd-menu.ts): a
-- session keeps the volunteer's open tasks as it found them, so every request
-- of the session replays its answers over the same list (a task assigned or
-- closed mid-call does not shift the choices).
alter table ussd_sessions add column start_tasks jsonb check (start_tasks is null or jsonb_typeof(start_tasks) = 'array');

-- Refused gateway calls are counted per source address over a short window
-- (src/sms/inbound/gateway-auth.ts): past the cap a caller is answered 429
-- and nothing more is written, so an attack cannot grow the table without
-- bound; the housekeeping worker deletes refusals past their keeping age.
create index gateway_refusals_ip_at_idx on gateway_refusals (ip, at);
-- USSD sessions hold callers' numbers: the housekeeping worker deletes those
-- not seen for a while (read by last_seen_at).
create index ussd_sessions_last_seen_idx on ussd_sessions (last_seen_at);
