-- Case work, framework steps 4-6: consent and assent, assessments (versioned),
-- case plans (versioned, with goals and actions), case conferences with
-- their participants' confidentiality agreements.

-- Step 4: consent and assent. Every decision is a new row (a withdrawal too),
-- so the history stays. `kind`:
--   caregiver_consent  a caregiver decides for the child
--   child_consent      a child of sufficient age and capacity decides (e.g. heads the household)
--   child_assent       the child agrees or not, by age and capacity, next to a caregiver's consent
--   vital_interest     processing without consent to protect the child's vital interest (Law 058/2021), with a reason
create table case_consents (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  kind text not null check (kind in ('caregiver_consent', 'child_consent', 'child_assent', 'vital_interest')),
  giver_name text,                          -- the caregiver's name (caregiver_consent)
  giver_relationship text,                  -- the caregiver's relationship to the child
  household_member_id uuid references household_members(id),
  child_age_years smallint,                 -- the child's age when deciding (child_consent, child_assent)
  capacity_note text,                       -- how the child's capacity was judged
  purposes text[] not null default '{}',    -- services, case_conference
  share_with text[] not null default '{}',  -- agency kinds information may go to: rib, rnp, isange, health_facility, school, ngo, …
  decision text not null check (decision in ('given', 'refused', 'withdrawn')),
  reason text,                              -- required for vital_interest; optional otherwise
  decided_at timestamptz not null,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null,
  check (cardinality(purposes) + cardinality(share_with) > 0),
  check (kind <> 'caregiver_consent' or (giver_name is not null and giver_relationship is not null)),
  check (kind <> 'vital_interest' or decision <> 'refused'),
  check (kind <> 'vital_interest' or decision <> 'given' or reason is not null)
);
create index case_consents_case_idx on case_consents (case_id, decided_at);

-- Step 5: assessment. Each one is a new version; earlier versions stay.
create table assessments (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  version integer not null,
  incident_facts text not null,
  incident_date date,
  incident_place text,
  perpetrator_relationship text not null,   -- PERPETRATOR_RELATIONSHIPS (national statistics)
  perpetrator_sex text check (perpetrator_sex in ('female', 'male', 'unknown')),
  perpetrator_age_group text check (perpetrator_age_group in ('child', 'adult', 'unknown')),
  perpetrator_has_access boolean,           -- can the alleged perpetrator still reach the child?
  domains jsonb not null default '[]',      -- [{ domain, strengths, needs, needLevel }], one per ASSESSMENT_DOMAINS code
  disability text[] not null default '{}',
  disability_note text,
  sibling_risk text not null check (sibling_risk in ('none', 'possible', 'confirmed', 'no_siblings', 'unknown')),
  sibling_risk_note text,
  summary text,
  assessed_by uuid not null references users(id),
  assessed_at timestamptz not null,
  unique (case_id, version)
);

-- Step 6: case plan. Each save is a new version with its goals and actions.
-- Goals and actions keep a `key` across versions, so a later record (a
-- review, a referral) can point at "this action" whatever the version.
create table case_plans (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  version integer not null,
  review_date date not null,
  note text,
  created_by uuid not null references users(id),
  created_at timestamptz not null,
  unique (case_id, version)
);

create table case_plan_goals (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references case_plans(id),
  goal_key uuid not null,
  position smallint not null,
  domain text,                              -- ASSESSMENT_DOMAINS code the goal answers, if any
  description text not null,
  measure text not null,                    -- how achieving it is measured
  target_date date,
  status text not null check (status in ('open', 'achieved', 'not_achieved', 'dropped'))
);
create index case_plan_goals_plan_idx on case_plan_goals (plan_id, position);

create table case_plan_actions (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references case_plan_goals(id),
  action_key uuid not null,
  position smallint not null,
  description text not null,
  responsible_user_id uuid references users(id),
  responsible_name text,                    -- a provider, organisation or person without an account
  due_date date not null,
  status text not null check (status in ('planned', 'in_progress', 'done', 'cancelled')),
  -- Referrals (step 7) come later as a capability of their own: an action
  -- carried out by referral will point at it here. No foreign key until the
  -- referrals table exists; carried forward across plan versions by action_key.
  referral_id uuid,
  check (responsible_user_id is not null or responsible_name is not null)
);
create index case_plan_actions_goal_idx on case_plan_actions (goal_id, position);
create index case_plan_actions_referral_idx on case_plan_actions (referral_id) where referral_id is not null;

-- Case conferences (family, internal, inter-agency), at any step.
create table case_conferences (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  type text not null check (type in ('family', 'internal', 'inter_agency')),
  held_at timestamptz not null,
  location text,
  purpose text,
  child_participation text not null check (child_participation in ('attended', 'views_represented', 'not_participating')),
  child_participation_note text,
  caregiver_participation text not null check (caregiver_participation in ('attended', 'views_represented', 'not_participating')),
  caregiver_participation_note text,
  decisions jsonb not null default '[]',    -- [{ description, responsible, dueDate }]
  consent_basis text not null check (consent_basis in ('consent', 'vital_interest')),
  created_by uuid not null references users(id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index case_conferences_case_idx on case_conferences (case_id, held_at);

-- Each participant's confidentiality agreement is on record before they see
-- anything: a user signs in the app; an outside person's paper signature is
-- recorded by the caseworker.
create table conference_participants (
  id uuid primary key default gen_random_uuid(),
  conference_id uuid not null references case_conferences(id),
  user_id uuid references users(id),
  name text,                                -- an outside participant's name
  organisation text,
  role text,                                -- e.g. mother, teacher, RIB investigator
  agreement_signed_at timestamptz,
  agreement_method text check (agreement_method in ('in_app', 'paper')),
  agreement_recorded_by uuid references users(id),
  check ((user_id is null) <> (name is null)),
  check ((agreement_signed_at is null) = (agreement_method is null))
);
create index conference_participants_conference_idx on conference_participants (conference_id);
create index conference_participants_user_idx on conference_participants (user_id) where user_id is not null;
create unique index conference_participants_user_once_idx on conference_participants (conference_id, user_id) where user_id is not null;
