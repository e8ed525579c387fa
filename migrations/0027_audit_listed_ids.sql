-- A list or a search that showed someone children's or reporters' records
-- writes one audit entry with the ids it returned (details.ids, see
-- src/audit/audit.repository.ts appendListAudit). The administrator's
-- question "who has seen this record" asks for entries about the record or
-- listing it; this index answers the second half without a scan.
create index audit_events_listed_ids_idx on audit_events using gin ((details -> 'ids'));
