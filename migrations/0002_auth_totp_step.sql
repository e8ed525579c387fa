-- The last TOTP time step a user signed in with, so a code cannot be replayed
-- within its validity window (RFC 6238 section 5.2).
alter table users add column totp_last_step integer;
