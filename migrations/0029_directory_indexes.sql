-- The service directory's reads (issue 11).
--
-- Provider suggestions look a village's service areas up by equality on its
-- lineage (national, province, district, sector, cell, village: six codes);
-- the pattern index of 0028 serves the district prefix scans of the coverage
-- view, this one the equality lookups, so the plan starts from the handful of
-- areas that cover the village instead of every service of the type.
create index provider_service_areas_place_eq_idx on provider_service_areas (place_id, service_id);
