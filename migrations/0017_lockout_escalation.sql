-- Locks in a row lengthen: each lasts twice the one before (RINDA_LOCKOUT_MINUTES
-- for the first), and after RINDA_LOCKOUT_MAX_LOCKS of them the account stays
-- locked until an administrator unlocks it, so a stolen password no longer buys
-- a fresh budget of second-factor guesses each time a lock runs out. A full
-- sign-in, an unlock or a password reset starts the series again.
alter table users add column locks_in_a_row integer not null default 0;
alter table users add column locked_for_admin boolean not null default false;
