-- DHIS2 (issue 17, exports): the mapping from Rinda's indicators,
-- disaggregations and places to the national DHIS2's data elements, category
-- option combos and organisation units, kept by an administrator; and every
-- push of a month's aggregates, with what was sent and what DHIS2 answered.
-- A DHIS2 uid is 11 characters, a letter then letters and digits.

-- The data set the aggregates are reported in: one row.
create table dhis2_settings (
  id smallint primary key default 1 check (id = 1),
  data_set text not null check (data_set ~ '^[A-Za-z][A-Za-z0-9]{10}$'),
  updated_by uuid not null references users(id),
  updated_at timestamptz not null
);

-- One DHIS2 data value per row: an indicator's figure, whole ('' and '') or
-- one row of one disaggregation; which part of it (a percentage is sent as
-- its numerator and denominator, DHIS2 divides them in an indicator of its own).
create table dhis2_element_map (
  indicator_id text not null,
  disaggregation text not null default '',
  disaggregation_key text not null default '',
  part text not null default 'numerator' check (part in ('numerator', 'denominator', 'value')),
  data_element text not null check (data_element ~ '^[A-Za-z][A-Za-z0-9]{10}$'),
  category_option_combo text not null check (category_option_combo ~ '^[A-Za-z][A-Za-z0-9]{10}$'),
  primary key (indicator_id, disaggregation, disaggregation_key, part),
  -- Two figures never land in one DHIS2 cell.
  unique (data_element, category_option_combo)
);

-- A district or sector and its organisation unit.
create table dhis2_org_unit_map (
  place_id text primary key references places(id) check (length(place_id) in (2, 4)),
  org_unit text not null unique check (org_unit ~ '^[A-Za-z][A-Za-z0-9]{10}$')
);

-- Every push: what was sent, how many tries, and the import summary DHIS2 answered.
create table dhis2_pushes (
  id uuid primary key default gen_random_uuid(),
  place_id text not null references places(id),
  period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  payload jsonb not null,
  attempts integer not null,
  http_status integer,
  -- SUCCESS, WARNING or ERROR as DHIS2 said; FAILED when no answer came.
  status text not null,
  import_count jsonb,
  conflicts jsonb not null default '[]'::jsonb,
  error text,
  pushed_by uuid not null references users(id),
  pushed_at timestamptz not null
);
create index dhis2_pushes_pushed_at_idx on dhis2_pushes (pushed_at desc);
