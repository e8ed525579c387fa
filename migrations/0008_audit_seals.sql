-- The audit chain is sealed after commit. Writers used to take one lock, read
-- the last hash and link their entry to it, so every audited request in the
-- country waited for the one before it to commit. Now a writer only inserts its
-- entry (seq from the sequence) and queues it in audit_pending, in its own
-- transaction; a background sealer (src/audit/audit-sealer.ts) links queued
-- entries into audit_seals, one sealer at a time.

-- Every committed entry is either queued or sealed: the queue row commits (or
-- rolls back) with its entry, and the sealer deletes it in the transaction
-- that writes the seal.
create table audit_pending (
  seq bigint primary key references audit_events(seq)
);

-- The chain, in `position` order (contiguous from 1). Each seal's hash covers
-- its entry's seq and content and the previous seal's hash. An entry that
-- commits late with a lower seq is sealed at a later position.
create table audit_seals (
  position bigint primary key,
  seq bigint not null unique references audit_events(seq),
  prev_hash text not null,
  hash text not null
);

-- The existing chain keeps its hashes: it was linked in seq order, so its
-- positions are its seqs and it verifies unchanged.
insert into audit_seals (position, seq, prev_hash, hash)
  select seq, seq, prev_hash, hash from audit_events order by seq;

alter table audit_events drop column prev_hash, drop column hash;

-- Entries used to be written with an explicit seq, so the sequence never moved:
-- start it after the last entry.
select setval(pg_get_serial_sequence('audit_events', 'seq'), coalesce(max(seq), 0) + 1, false) from audit_events;

create function audit_seals_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_seals is append-only';
end $$;
create trigger audit_seals_no_update before update or delete on audit_seals
  for each row execute function audit_seals_append_only();

comment on table audit_events is 'Append-only audit; hash-chained after commit through audit_seals (audit_pending: not yet sealed).';
