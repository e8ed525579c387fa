-- Service directory and referrals (framework: service mapping, step 7 and
-- Table 4; SYSTEM.md §4 step 7 and §9).
--
-- A provider is an organisation (formal: RIB, RNP, Isange, a health facility,
-- a school, NRS, NCPD, MIFOTRA's labour inspection, MINEMA, an NGO; informal:
-- a community group, faith leaders, a youth group). What it offers are its
-- services, each of a type from one shared list; each service covers places
-- of the map (its service area), has opening hours, capacity and eligibility.
-- The columns follow Open Referral HSDS 3.0 where it has one (organization,
-- service, location, service_at_location, service_area, phone, schedule), so
-- the CSV import and export map one to one.

-- More kinds of agency: the ones Table 4 names and the informal ones.
alter table organisations drop constraint organisations_kind_check;
alter table organisations add constraint organisations_kind_check check (kind in (
  'ncda', 'district_office', 'sector_office', 'rib', 'rnp', 'isange', 'health_facility', 'school',
  'nrs', 'ncpd', 'labour_inspection', 'minema', 'ngo', 'community_group', 'faith_group', 'youth_group',
  'government_agency', 'other'
));
alter table organisations
  add column description text,
  add column email text,
  add column website text,
  add column quality_rating smallint check (quality_rating between 1 and 5), -- from the annual review (framework: directories updated annually)
  add column quality_reviewed_on date,
  add column quality_note text;

-- The shared, administrator-extensible list of service types.
create table service_types (
  code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name_rw text not null,
  name_en text not null,
  name_fr text not null,
  active boolean not null default true,
  sort_order integer not null default 100,
  created_at timestamptz not null default now()
);
insert into service_types (code, name_rw, name_en, name_fr, sort_order) values
  ('medical_care', 'Kuvurwa', 'Medical care', 'Soins médicaux', 10),
  ('forensic_examination', 'Isuzuma rya gihanga (forensic)', 'Forensic examination', 'Examen médico-légal', 20),
  ('psychosocial_support', 'Ubufasha mu by''imitekerereze n''imibanire', 'Psychosocial support', 'Soutien psychosocial', 30),
  ('legal_aid', 'Ubufasha mu by''amategeko', 'Legal aid', 'Aide juridique', 40),
  ('investigation', 'Iperereza', 'Investigation', 'Enquête', 50),
  ('safe_shelter', 'Icumbi ritekanye', 'Safe shelter', 'Hébergement sûr', 60),
  ('education_support', 'Ubufasha mu burezi', 'Education support', 'Soutien scolaire', 70),
  ('economic_support', 'Ubufasha mu bukungu', 'Economic support', 'Soutien économique', 80),
  ('social_protection', 'Kurengera abatishoboye (Ubudehe, VUP, Ejo Heza)', 'Social protection (Ubudehe, VUP, Ejo Heza)', 'Protection sociale (Ubudehe, VUP, Ejo Heza)', 90),
  ('parenting_support', 'Ubufasha ku burere bw''abana', 'Parenting support', 'Soutien à la parentalité', 100),
  ('rehabilitation', 'Igororamuco', 'Rehabilitation', 'Réadaptation', 110),
  ('alternative_care', 'Kurerwa mu wundi muryango', 'Alternative care', 'Protection de remplacement', 120),
  ('disability_support', 'Ubufasha ku bafite ubumuga', 'Disability support', 'Soutien au handicap', 130),
  ('labour_inspection', 'Igenzura ry''umurimo', 'Labour inspection', 'Inspection du travail', 140),
  ('refugee_support', 'Ubufasha ku mpunzi', 'Refugee support', 'Soutien aux réfugiés', 150);

-- HSDS service: one thing an organisation offers, of one type.
create table provider_services (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id),
  service_type text not null references service_types(code),
  name text not null,
  description text,
  email text,
  min_age smallint check (min_age between 0 and 25),          -- eligibility, years (null: any)
  max_age smallint check (max_age between 0 and 25),
  sexes text[] not null default '{}' check (sexes <@ array['female', 'male']::text[]), -- empty: any
  capacity_available integer check (capacity_available >= 0), -- places available now (null: not counted)
  capacity_updated_at timestamptz,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (min_age is null or max_age is null or min_age <= max_age)
);
create index provider_services_org_idx on provider_services (organisation_id);
create index provider_services_type_idx on provider_services (service_type) where active;

-- HSDS service_area: the nodes of the map a service covers (a district covers
-- all its sectors, cells and villages: place codes are prefixes).
create table provider_service_areas (
  service_id uuid not null references provider_services(id) on delete cascade,
  place_id text not null references places(id),
  primary key (service_id, place_id)
);
create index provider_service_areas_place_idx on provider_service_areas (place_id text_pattern_ops, service_id);

-- HSDS location: where the organisation receives people (at least its seat).
create table provider_locations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id),
  name text not null,
  place_id text not null references places(id),
  address text,
  latitude double precision,
  longitude double precision
);
create index provider_locations_org_idx on provider_locations (organisation_id);

-- HSDS service_at_location.
create table provider_service_locations (
  service_id uuid not null references provider_services(id) on delete cascade,
  location_id uuid not null references provider_locations(id) on delete cascade,
  primary key (service_id, location_id)
);

-- HSDS phone: of the organisation, or of one of its services.
create table provider_phones (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id),
  service_id uuid references provider_services(id) on delete cascade,
  number text not null,                     -- E.164
  type text not null default 'voice' check (type in ('voice', 'text', 'fax', 'cell', 'sms', 'hotline')),
  description text
);
create index provider_phones_org_idx on provider_phones (organisation_id);

-- HSDS schedule: opening hours of a service (RFC 5545 weekdays).
create table provider_schedules (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references provider_services(id) on delete cascade,
  byday text not null check (byday ~ '^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$'),
  opens_at time,
  closes_at time,
  description text                          -- e.g. "24 hours", "by appointment"
);
create index provider_schedules_service_idx on provider_schedules (service_id);

-- The users who receive an organisation's referrals (role service_provider,
-- of that organisation).
create table provider_focal_persons (
  organisation_id uuid not null references organisations(id),
  user_id uuid not null references users(id),
  added_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);
create index provider_focal_persons_user_idx on provider_focal_persons (user_id);

-- Referral pathways (framework Table 4): for each case type, the kinds of
-- agency and the services it needs, the lead ones first. Data an
-- administrator edits.
create table referral_pathways (
  id uuid primary key default gen_random_uuid(),
  case_type text not null,
  service_type text not null references service_types(code),
  agency_kind text not null,
  lead boolean not null default false,
  unique (case_type, service_type, agency_kind)
);
insert into referral_pathways (case_type, service_type, agency_kind, lead) values
  ('sexual_violence', 'investigation', 'rib', true),
  ('sexual_violence', 'forensic_examination', 'isange', true),
  ('sexual_violence', 'medical_care', 'isange', true),
  ('sexual_violence', 'medical_care', 'health_facility', false),
  ('sexual_violence', 'psychosocial_support', 'isange', true),
  ('sexual_violence', 'psychosocial_support', 'ngo', false),
  ('sexual_violence', 'legal_aid', 'ngo', false),
  ('sexual_violence', 'safe_shelter', 'isange', false),
  ('physical_violence', 'investigation', 'rib', true),
  ('physical_violence', 'investigation', 'rnp', false),
  ('physical_violence', 'medical_care', 'health_facility', true),
  ('physical_violence', 'medical_care', 'isange', false),
  ('physical_violence', 'psychosocial_support', 'ngo', false),
  ('physical_violence', 'legal_aid', 'ngo', false),
  ('emotional_violence', 'psychosocial_support', 'ngo', true),
  ('emotional_violence', 'psychosocial_support', 'health_facility', false),
  ('emotional_violence', 'parenting_support', 'community_group', false),
  ('abandonment_neglect', 'alternative_care', 'district_office', true),
  ('abandonment_neglect', 'social_protection', 'sector_office', true),
  ('abandonment_neglect', 'medical_care', 'health_facility', false),
  ('abandonment_neglect', 'investigation', 'rib', false),
  ('abandonment_neglect', 'parenting_support', 'community_group', false),
  ('child_labour_exploitation', 'labour_inspection', 'labour_inspection', true),
  ('child_labour_exploitation', 'investigation', 'rib', true),
  ('child_labour_exploitation', 'education_support', 'school', false),
  ('child_labour_exploitation', 'economic_support', 'ngo', false),
  ('street_connected', 'rehabilitation', 'nrs', true),
  ('street_connected', 'social_protection', 'sector_office', false),
  ('street_connected', 'education_support', 'school', false),
  ('street_connected', 'alternative_care', 'district_office', false),
  ('harmful_practices', 'investigation', 'rib', true),
  ('harmful_practices', 'psychosocial_support', 'ngo', false),
  ('harmful_practices', 'parenting_support', 'faith_group', false),
  ('harmful_practices', 'education_support', 'school', false);

-- Referrals (step 7). `shared_groups`: the fixed groups of fields the
-- provider's people see (identity, contact, incident, health, assessment,
-- plan); nothing else of the case reaches them. `consent_basis`: 'consent'
-- (the consent on record covers sharing with this kind of agency),
-- 'vital_interest' (a vital-interest basis on record covers it), 'override'
-- (sent without either, by a permission, with a written reason and a
-- vital-interest basis; the supervisor is notified).
-- A non-VENA report's early intervention referral has report_id and no case_id.
-- Complete only when the child accessed the service (accessed_on), the
-- outcome is recorded (yes, partly, no) and the provider's written feedback
-- is in (feedback).
create table referrals (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,              -- e.g. RF-26-000123, for SMS and paper
  case_id uuid references cases(id),
  report_id uuid references incident_reports(id),
  plan_action_key text,                        -- the plan action it carries out (case_plan_actions.key)
  organisation_id uuid not null references organisations(id),
  service_id uuid not null references provider_services(id),
  service_type text not null references service_types(code),
  urgency text not null check (urgency in ('immediate', 'urgent', 'routine')),
  due_date date not null,                      -- the answer is due by then (Africa/Kigali)
  reason text not null,
  shared_groups text[] not null default '{}',
  consent_basis text not null check (consent_basis in ('consent', 'vital_interest', 'override')),
  override_reason text,
  status text not null default 'sent' check (status in ('sent', 'accepted', 'declined', 'service_given', 'completed', 'withdrawn')),
  district_id text not null references places(id),
  place_id text not null references places(id), -- the child's village when sent
  sent_by uuid not null references users(id),
  sent_at timestamptz not null,
  answered_by uuid references users(id),
  answered_at timestamptz,
  decline_reason text,
  service_given_on date,
  service_note text,
  service_recorded_by uuid references users(id),
  feedback text,
  feedback_by uuid references users(id),
  feedback_at timestamptz,
  accessed_on date,                            -- the child accessed the service (caseworker)
  outcome text check (outcome in ('yes', 'partly', 'no')),
  outcome_note text,
  completed_by uuid references users(id),
  completed_at timestamptz,
  withdrawn_by uuid references users(id),
  withdrawn_at timestamptz,
  withdraw_reason text,
  replaces_referral_id uuid references referrals(id), -- made after this one was declined
  check (case_id is not null or report_id is not null),
  check (consent_basis <> 'override' or override_reason is not null),
  check (status <> 'declined' or decline_reason is not null),
  check (status <> 'completed' or (accessed_on is not null and outcome is not null and feedback is not null)),
  check (status <> 'withdrawn' or withdrawn_at is not null)
);
create index referrals_case_idx on referrals (case_id, sent_at);
create index referrals_report_idx on referrals (report_id) where report_id is not null;
create index referrals_inbox_idx on referrals (organisation_id, status, due_date);
create index referrals_district_idx on referrals (district_id, status, due_date);
create sequence referral_reference_seq;
