-- Spelling-blind place search (issue 12): each place's key and skeleton
-- (src/places/place-name.ts placeSearchKey / placeSearchSkeleton), looked up by
-- equality. They are computed in the application, so a map already loaded is
-- filled in by loadMap at the next start (rows where search_key is null).
alter table places add column search_key text;
alter table places add column search_skeleton text;
create index places_search_key_idx on places (search_key);
create index places_search_skeleton_idx on places (search_skeleton);
