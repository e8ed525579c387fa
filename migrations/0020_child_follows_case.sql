-- A transfer moves the child with the case (issue 9). When a district
-- transfer is accepted, the child's place becomes the case's new place: the
-- receiving district finds the child at intake (its duplicate check searches
-- the district's children), and the sending district no longer sees the
-- child's identity unless it still holds another open case of the child.

-- The history of the child's places: each move, from where to where, when,
-- by whom, and the transfer that moved the child. The first place is the
-- child's record's until the first move.
create table child_place_moves (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references children(id),
  from_district_id text not null references places(id),
  from_place_id text not null references places(id),
  to_district_id text not null references places(id),
  to_place_id text not null references places(id),
  moved_at timestamptz not null,
  moved_by uuid not null references users(id),
  case_id uuid references cases(id),
  transfer_id uuid references case_transfers(id)
);
create index child_place_moves_child_idx on child_place_moves (child_id, moved_at);

-- Transfers accepted before: the child follows their open case's latest
-- accepted district transfer, if the case is no longer in the child's district.
with latest as (
  select distinct on (c.child_id) c.child_id, c.id as case_id, c.district_id, c.place_id, tr.id as transfer_id, tr.decided_at, tr.decided_by
  from cases c
  join children ch on ch.id = c.child_id
  join case_transfers tr on tr.case_id = c.id and tr.status = 'accepted' and tr.to_district_id = c.district_id
  where c.stage not in ('closed', 'transferred') and c.district_id <> ch.district_id and tr.decided_by is not null
  order by c.child_id, tr.decided_at desc
), history as (
  insert into child_place_moves (child_id, from_district_id, from_place_id, to_district_id, to_place_id, moved_at, moved_by, case_id, transfer_id)
  select l.child_id, ch.district_id, ch.place_id, l.district_id, l.place_id, l.decided_at, l.decided_by, l.case_id, l.transfer_id
  from latest l join children ch on ch.id = l.child_id
)
update children ch set district_id = l.district_id, place_id = l.place_id, updated_at = l.decided_at
from latest l where ch.id = l.child_id;

-- The child's district kept on each case (like child_search_name, 0009), so
-- that "the open cases of my district whose child lives elsewhere" (another
-- open case keeps the child's identity visible to its district) is read from
-- a small partial index instead of joining every case of the district to its
-- child on each child search.
alter table cases add column child_district_id text references places(id);
update cases c set child_district_id = ch.district_id from children ch where ch.id = c.child_id;
alter table cases alter column child_district_id set not null;

create function cases_set_child_district() returns trigger language plpgsql as $$
begin
  new.child_district_id := (select ch.district_id from children ch where ch.id = new.child_id);
  return new;
end $$;
create trigger cases_child_district before insert or update of child_id on cases
  for each row execute function cases_set_child_district();

create function children_district_to_cases() returns trigger language plpgsql as $$
begin
  update cases set child_district_id = new.district_id where child_id = new.id;
  return null;
end $$;
create trigger children_district_to_cases after update of district_id on children
  for each row when (old.district_id is distinct from new.district_id)
  execute function children_district_to_cases();

create index cases_child_elsewhere_idx on cases (district_id) include (child_id, place_id)
  where child_district_id <> district_id and stage not in ('closed', 'transferred');
