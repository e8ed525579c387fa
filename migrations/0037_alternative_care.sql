-- Alternative care (Tubarerere Mu Muryango), part A: the forms of care,
-- gatekeeping, the foster carers register, placements, their follow-up
-- visits and their reviews (the alternative care issue; SYSTEM.md §7).

-- The forms of care, as data. Family-based forms come first; residential
-- care is the last resort (the indicators count its use). `needs_carer`:
-- the placement names an approved carer of the register; otherwise it names
-- the family, the adoptive family or the place (kinship, adoption, a
-- residence, supervised independent living).
create table care_forms (
  code text primary key,
  sort_order smallint not null unique,
  family_based boolean not null,
  needs_carer boolean not null,
  emergency boolean not null,
  last_resort boolean not null,
  referred_to_authority boolean not null,
  min_age smallint not null default 0
);
insert into care_forms (code, sort_order, family_based, needs_carer, emergency, last_resort, referred_to_authority, min_age) values
  ('kinship_care', 1, true, false, false, false, false, 0),
  ('emergency_foster_care', 2, true, true, true, false, false, 0),
  ('long_term_foster_care', 3, true, true, false, false, false, 0),
  ('domestic_adoption', 4, true, false, false, false, true, 0),
  ('supervised_independent_living', 5, false, false, false, false, false, 16),
  ('residential_care', 6, false, false, false, true, false, 0);

-- The foster carers register. Carers do not sign in; their data is
-- need-to-know like a child's: read within the district (district_id is the
-- village's), every read and change audited.
create table foster_carers (
  id uuid primary key default gen_random_uuid(),
  household_name text not null check (length(household_name) between 1 and 200),
  main_carer_name text not null check (length(main_carer_name) between 1 and 200),
  phone text check (length(phone) <= 20),
  village_id text not null references places(id),
  district_id text not null references places(id),
  found_by text not null check (found_by in ('izu', 'local_leader', 'community_forum', 'other')),
  also_izu boolean not null default false,
  status text not null default 'applicant' check (status in ('applicant', 'assessed', 'trained', 'approved', 'refused')),
  assessed_on date,
  assessment_note text check (length(assessment_note) <= 4000),
  trained_on date,
  training_note text check (length(training_note) <= 2000),
  decided_on date,
  decided_by uuid references users(id),
  decision_reasons text check (length(decision_reasons) <= 4000),
  approval_review_on date,
  capacity smallint not null check (capacity between 1 and 12),
  age_min smallint not null default 0 check (age_min between 0 and 17),
  age_max smallint not null default 17 check (age_max between 0 and 17),
  emergency_available boolean not null default false,
  created_by uuid not null references users(id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (age_min <= age_max),
  check (status <> 'approved' or (approval_review_on is not null and decision_reasons is not null)),
  check (status <> 'refused' or decision_reasons is not null)
);
create index foster_carers_district_idx on foster_carers (district_id, status, village_id);
-- Matching reads the approved carers of one district, nearest village first.
create index foster_carers_match_idx on foster_carers (district_id, village_id) include (capacity, age_min, age_max, emergency_available) where status = 'approved';

-- Gatekeeping (003: necessity and suitability): the caseworker's decision,
-- approved by the supervisor, with the child's views and the family's part.
create table care_gatekeeping (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  family_care_possible boolean not null,
  necessity_reasons text not null check (length(necessity_reasons) between 1 and 4000),
  -- null when the child can stay in the family with support (no alternative care)
  care_form text references care_forms(code),
  suitability_reasons text not null check (length(suitability_reasons) between 1 and 4000),
  child_views text not null check (length(child_views) between 1 and 4000),
  family_participation text not null check (length(family_participation) between 1 and 4000),
  decided_by uuid not null references users(id),
  decided_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'returned')),
  answered_by uuid references users(id),
  answered_at timestamptz,
  answer_note text check (length(answer_note) <= 2000),
  check (family_care_possible = (care_form is null))
);
create index care_gatekeeping_case_idx on care_gatekeeping (case_id, decided_at desc);
create unique index care_gatekeeping_one_pending_idx on care_gatekeeping (case_id) where status = 'pending';

-- A placement: one active per child (the unique index), history kept.
create table care_placements (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  child_id uuid not null references children(id),
  district_id text not null references places(id),
  village_id text not null references places(id),
  care_form text not null references care_forms(code),
  carer_id uuid references foster_carers(id),
  family_name text check (length(family_name) between 1 and 200),
  gatekeeping_id uuid references care_gatekeeping(id),
  emergency boolean not null default false,
  sibling_group smallint not null default 1 check (sibling_group between 1 and 12),
  match_reasons text check (length(match_reasons) <= 4000),
  started_on date not null,
  planned_review_on date not null,
  ended_on date,
  end_reason text check (end_reason in ('form_changed', 'reunified', 'adopted', 'aged_out', 'breakdown', 'other')),
  end_note text check (length(end_note) <= 2000),
  ended_by uuid references users(id),
  previous_placement_id uuid references care_placements(id),
  created_by uuid not null references users(id),
  created_at timestamptz not null,
  check (carer_id is not null or family_name is not null),
  check ((ended_on is null) = (end_reason is null))
);
create unique index care_placements_one_active_idx on care_placements (child_id) where ended_on is null;
create index care_placements_case_idx on care_placements (case_id, started_on desc);
create index care_placements_carer_active_idx on care_placements (carer_id) include (sibling_group) where ended_on is null;
create index care_placements_village_active_idx on care_placements (district_id, village_id) where ended_on is null;
create index care_placements_form_idx on care_placements (care_form, started_on);

-- Post-placement monitoring visits (001: what follow-up looks at).
create table care_placement_visits (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references care_placements(id),
  case_id uuid not null references cases(id),
  visited_on date not null,
  visited_by uuid not null references users(id),
  visitor text not null check (visitor in ('caseworker', 'izu')),
  child_safe boolean not null,
  wellbeing_safety text not null check (length(wellbeing_safety) between 1 and 2000),
  material_needs text check (length(material_needs) <= 2000),
  educational_needs text check (length(educational_needs) <= 2000),
  health_needs text check (length(health_needs) <= 2000),
  psychological_needs text check (length(psychological_needs) <= 2000),
  school_attendance text not null check (school_attendance in ('regular', 'irregular', 'not_attending', 'not_school_age')),
  behaviour_and_response text check (length(behaviour_and_response) <= 2000),
  social_protection text check (length(social_protection) <= 2000),
  community_welcome text check (length(community_welcome) <= 2000),
  recorded_at timestamptz not null
);
create index care_placement_visits_placement_idx on care_placement_visits (placement_id, visited_on desc);
create index care_placement_visits_case_idx on care_placement_visits (case_id);

-- Placement reviews (003: regular reviews of care arrangements).
create table care_placement_reviews (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references care_placements(id),
  case_id uuid not null references cases(id),
  reviewed_by uuid not null references users(id),
  reviewed_at timestamptz not null,
  still_necessary boolean not null,
  still_suitable boolean not null,
  reunification_possible boolean not null,
  permanence_possible boolean not null,
  child_participation text not null check (length(child_participation) between 1 and 2000),
  decision text not null check (decision in ('continue', 'change_form', 'end')),
  new_placement_id uuid references care_placements(id),
  next_review_on date,
  note text check (length(note) <= 4000)
);
create index care_placement_reviews_placement_idx on care_placement_reviews (placement_id, reviewed_at desc);
create index care_placement_reviews_case_idx on care_placement_reviews (case_id);
