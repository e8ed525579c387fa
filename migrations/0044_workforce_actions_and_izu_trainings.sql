-- Workforce (issue 16), continued: agreed actions are marked done, and the
-- IZU registry's trainings come from the training register.

-- An action agreed in a supervision session is done on a date, marked by the
-- supervisee or the supervisor; a done action no longer counts as overdue.
alter table supervision_actions add column done_on date;
alter table supervision_actions add column done_by uuid references users(id);
alter table supervision_actions add column done_at timestamptz;
alter table supervision_actions add constraint supervision_actions_done_whole check (
  (done_on is null and done_by is null and done_at is null) or (done_on is not null and done_by is not null and done_at is not null));

-- The IZU programme's basic (induction) training, the module every volunteer
-- takes first, joins the register's IZU modules.
insert into trainings (code, audience, gates_lead_caseworker, refresher_months, sort) values
  ('izu_basic', 'izu', false, null, 35)
  on conflict (code) do nothing;

-- The registry used to keep a volunteer's trainings as free text
-- (user_trainings, migrations/0032). Each entry whose name is one of the
-- register's trainings (its code, or its name in English, French or
-- Kinyarwanda, compared without case or punctuation) becomes a register
-- record; the rest stay in user_trainings, shown read-only as written, and
-- nothing writes there any more.
with training_names (name, code) as (values
  ('izu_basic', 'izu_basic'),
  ('Basic training', 'izu_basic'),
  ('Basic IZU training', 'izu_basic'),
  ('IZU basic training', 'izu_basic'),
  ('Induction training', 'izu_basic'),
  ('Formation de base', 'izu_basic'),
  ('Formation de base des IZU', 'izu_basic'),
  ('Amahugurwa y''ibanze', 'izu_basic'),
  ('izu_child_safeguarding', 'izu_child_safeguarding'),
  ('Child safeguarding', 'izu_child_safeguarding'),
  ('Protection de l''enfant', 'izu_child_safeguarding'),
  ('Kurinda umwana', 'izu_child_safeguarding'),
  ('izu_reporting', 'izu_reporting'),
  ('Reporting', 'izu_reporting'),
  ('Signalement', 'izu_reporting'),
  ('Gutanga raporo', 'izu_reporting'),
  ('izu_referrals', 'izu_referrals'),
  ('Referrals', 'izu_referrals'),
  ('Référencement', 'izu_referrals'),
  ('Kohereza', 'izu_referrals'),
  ('izu_positive_parenting', 'izu_positive_parenting'),
  ('Positive parenting', 'izu_positive_parenting'),
  ('Parentalité positive', 'izu_positive_parenting'),
  ('Uburere bwiza', 'izu_positive_parenting'),
  ('izu_home_visits', 'izu_home_visits'),
  ('Home visits', 'izu_home_visits'),
  ('Visites à domicile', 'izu_home_visits'),
  ('Gusura ingo', 'izu_home_visits'),
  ('local_leaders_child_protection', 'local_leaders_child_protection'),
  ('Local leaders training', 'local_leaders_child_protection')
),
matches as (
  select ut.id, ut.user_id, n.code, ut.taken_on, ut.created_at
  from user_trainings ut
  join training_names n
    on trim(both '_' from regexp_replace(lower(ut.name), '[^a-z0-9]+', '_', 'g'))
     = trim(both '_' from regexp_replace(lower(n.name), '[^a-z0-9]+', '_', 'g'))
),
recorded as (
  insert into training_records (user_id, training_code, completed_on, recorded_at)
    select distinct on (user_id, code, taken_on) user_id, code, taken_on, created_at from matches
    order by user_id, code, taken_on, created_at
    on conflict (user_id, training_code, completed_on) do nothing
)
delete from user_trainings where id in (select id from matches);
