-- The rights of the people in the records (Law N° 058/2021, Arts 18–23).

-- The data protection officer at NCDA: handles the requests register and
-- reviews every emergency access.
alter table users drop constraint if exists users_role_check;
alter table users add constraint users_role_check check (role in ('izu', 'izu_cell_coordinator', 'izu_sector_coordinator', 'cpwo', 'cso_caseworker', 'supervisor', 'service_provider', 'hotline_agent', 'local_leader', 'ncda_officer', 'dpo', 'analyst', 'sysadmin'));
