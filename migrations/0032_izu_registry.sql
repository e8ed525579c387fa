-- The IZU registry (issue 12): each village's pair of volunteers and their
-- cell and sector coordinators, as users with the IZU roles.

-- A volunteer on a basic phone works by SMS/USSD only, identified by the
-- registered number: no password at all. Only IZU accounts may lack one;
-- sign-in refuses an account without a password like a wrong password.
alter table users alter column password_hash drop not null;
alter table users add constraint users_password_only_izu_may_lack check (password_hash is not null or role = 'izu');

alter table users add column sex text check (sex in ('female', 'male'));
-- The volunteer's standing in the programme (null for other roles): active,
-- inactive (stopped) or replaced (by replaced_by), since izu_status_on.
alter table users add column izu_status text check (izu_status in ('active', 'inactive', 'replaced'));
alter table users add column izu_status_on date;
alter table users add column selected_on date;
alter table users add column replaced_by uuid references users(id);
alter table users add constraint users_izu_status_roles check (
  izu_status is null or role in ('izu', 'izu_cell_coordinator', 'izu_sector_coordinator'));
alter table users add constraint users_replaced_has_successor check (izu_status is distinct from 'replaced' or replaced_by is not null);

-- The registry of a place: its villages' volunteers, found by village.
create index users_volunteers_place_idx on users (jurisdiction_id, izu_status)
  where role in ('izu', 'izu_cell_coordinator', 'izu_sector_coordinator');
-- The number an SMS comes from names one active volunteer.
create unique index users_active_izu_phone_idx on users (phone) where role = 'izu' and izu_status = 'active';

-- Trainings a volunteer has taken (the programme's basic and follow-up modules).
create table user_trainings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id),
  name text not null check (length(name) between 1 and 200),
  taken_on date not null,
  created_at timestamptz not null default now(),
  unique (user_id, name, taken_on)
);

-- Every volunteer has a status, however the account was made (the registry,
-- the user API, the CSV user import): active unless recorded otherwise.
update users set izu_status = 'active', izu_status_on = created_at::date
  where role in ('izu', 'izu_cell_coordinator', 'izu_sector_coordinator') and izu_status is null;
create function users_volunteer_status() returns trigger language plpgsql as $$
begin
  if new.role in ('izu', 'izu_cell_coordinator', 'izu_sector_coordinator') and new.izu_status is null then
    new.izu_status := 'active';
    new.izu_status_on := coalesce(new.izu_status_on, new.created_at::date);
  elsif new.role not in ('izu', 'izu_cell_coordinator', 'izu_sector_coordinator') then
    new.izu_status := null;
  end if;
  return new;
end $$;
create trigger users_volunteer_status before insert or update of role on users
  for each row execute function users_volunteer_status();
