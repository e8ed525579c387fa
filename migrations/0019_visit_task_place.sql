-- A visit task carries the place it was asked for (issue 9): the IZU is sent
-- to the village the child lived in when the caseworker asked, and reads that
-- village's name, never the child's place now (after a transfer, the new
-- village is none of the old village's IZU's business).
alter table visit_tasks add column place_id text references places(id);

-- Tasks asked before: the case's place then, that is the place a district
-- transfer accepted after the task moved the case from (the first such), or
-- the case's place if none has moved it since.
update visit_tasks vt set place_id = coalesce(
  (select tr.from_place_id from case_transfers tr
    where tr.case_id = vt.case_id and tr.status = 'accepted' and tr.to_district_id is not null and tr.decided_at >= vt.requested_at
    order by tr.decided_at limit 1),
  (select c.place_id from cases c where c.id = vt.case_id));
alter table visit_tasks alter column place_id set not null;
