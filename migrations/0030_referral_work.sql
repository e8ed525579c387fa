-- Referrals at work (framework step 7; issue 11).
--
-- Overriding a missing consent needs a written reason (override_reason, 0028)
-- and a vital-interest basis: which of the child's vital interests the
-- caseworker invokes (Law 058/2021: processing without consent to protect the
-- vital interests of the data subject). A referral made from a non-VENA
-- report's early intervention has no case file and so no consent record: the
-- caregiver's consent taken at screening is noted on the referral itself.
alter table referrals
  add column override_basis text check (override_basis in ('life_or_health', 'immediate_danger', 'forensic_evidence')),
  add column consent_note text,
  add constraint referrals_override_needs_basis check (consent_basis <> 'override' or override_basis is not null);

-- A referral's deadlines (the provider's answer by the due date, then the
-- service completed within its time after acceptance) are the case's (or the
-- report's) deadlines, so they show in the worklist and escalate like other
-- overdue work; referral_id says which referral a deadline times.
alter table deadlines add column referral_id uuid references referrals(id);
-- Not only the open ones: the foreign key is checked through it too.
create index deadlines_referral_idx on deadlines (referral_id) where referral_id is not null;
-- The referral a later one replaced (after a decline), found from either side.
create index referrals_replaces_idx on referrals (replaces_referral_id) where replaces_referral_id is not null;

