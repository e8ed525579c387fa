-- A message that carries a secret (a one-time password) is kept in the outbox
-- sealed under the server key while it waits, and its body is blanked once it
-- is sent, given up or refused: the outbox never keeps a usable password.
alter table sms_outbox add column secret boolean not null default false;
