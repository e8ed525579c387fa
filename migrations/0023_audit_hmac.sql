-- The audit chain is sealed with an HMAC under a key kept outside the database
-- (src/secret-key.ts: RINDA_AUDIT_KEY, or derived from RINDA_SECRET_KEY), so
-- that writing the tables is not enough to forge a chain that verifies; and
-- TRUNCATE, which the row triggers do not see, is refused on every audit table.

-- The plain SHA-256 seals, which anyone who can write the table could
-- recompute, are kept read-only for reference. Every entry they sealed is
-- queued again: the sealer seals them under the key, in seq order, before any
-- newer entry, and from then on they verify like every other entry.
alter table audit_seals rename to audit_legacy_seals;
alter index audit_seals_pkey rename to audit_legacy_seals_pkey;
alter index audit_seals_seq_key rename to audit_legacy_seals_seq_key;
alter table audit_legacy_seals rename constraint audit_seals_seq_fkey to audit_legacy_seals_seq_fkey;

-- Same shape as before: `hash` is now the entry's HMAC-SHA-256 (hex), covering
-- the previous seal's hash and the entry's seq and content.
create table audit_seals (
  position bigint primary key,
  seq bigint not null unique references audit_events(seq),
  prev_hash text not null,
  hash text not null
);
create trigger audit_seals_no_update before update or delete on audit_seals
  for each row execute function audit_seals_append_only();

insert into audit_pending (seq)
  select s.seq from audit_legacy_seals s
  where not exists (select 1 from audit_pending p where p.seq = s.seq);

-- A statement-level guard: TRUNCATE fires no row trigger.
create function audit_no_truncate() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: it cannot be truncated', tg_table_name;
end $$;
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_no_truncate();
create trigger audit_seals_no_truncate before truncate on audit_seals
  for each statement execute function audit_no_truncate();
create trigger audit_legacy_seals_no_truncate before truncate on audit_legacy_seals
  for each statement execute function audit_no_truncate();
create trigger audit_pending_no_truncate before truncate on audit_pending
  for each statement execute function audit_no_truncate();

comment on table audit_seals is 'The audit chain: an HMAC-SHA-256 per entry under a key outside the database, in position order from 1.';
comment on table audit_legacy_seals is 'The SHA-256 seals written before 0023 (read-only; those entries are sealed again in audit_seals).';
