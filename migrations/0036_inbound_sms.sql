-- SMS that volunteers send in through a gateway (RapidPro, Africa's
-- Talking). A webhook call writes its message here in one statement and is
-- acknowledged only after that commit, so a message the gateway saw accepted
-- is never lost; the gateway's own message id is unique per gateway, so a
-- delivery the gateway repeats (it got no answer, or a late one) is kept once.
-- A worker then claims queued messages (as the outbox does: one statement,
-- rows another server holds are skipped, a lease in case that server stops),
-- hands each to the SMS handler and records what came of it, with the reply
-- queued in the one outbox (sms_outbox).
create table inbound_sms (
  id bigint generated always as identity primary key,
  gateway text not null check (gateway in ('rapidpro_external', 'rapidpro_flow', 'africastalking')),
  gateway_message_id text not null check (length(gateway_message_id) between 1 and 200),
  from_phone text not null,
  to_phone text,
  text text not null,
  -- When the gateway says the phone sent it (its own clock; null when it gave none we could read).
  gateway_date timestamptz,
  received_at timestamptz not null,
  status text not null default 'queued' check (status in ('queued', 'processing', 'done', 'failed')),
  attempts integer not null default 0,
  -- When a worker may next claim it: now for a new message, a lease ahead
  -- while one holds it, a pause ahead after a failure.
  next_attempt_at timestamptz not null,
  processed_at timestamptz,
  outcome text,
  kind text,
  reply_outbox_id uuid references sms_outbox (id),
  last_error text,
  constraint inbound_sms_gateway_message_key unique (gateway, gateway_message_id)
);
create index inbound_sms_due_idx on inbound_sms (next_attempt_at) where status in ('queued', 'processing');
create index inbound_sms_from_idx on inbound_sms (from_phone, received_at);

-- Webhook calls refused for want of the gateway's secret (answered 401):
-- who tried, when, and why; nothing of what they sent is kept.
create table gateway_refusals (
  id bigint generated always as identity primary key,
  gateway text not null,
  at timestamptz not null,
  ip text,
  request_id text,
  reason text not null check (reason in ('not_configured', 'missing_secret', 'wrong_secret'))
);
create index gateway_refusals_at_idx on gateway_refusals (at);
