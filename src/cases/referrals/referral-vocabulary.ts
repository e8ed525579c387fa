// The fixed lists of referrals (framework step 7, tool 12), as plain
// constants: the server's schemas and the web app's forms both read them.
// What each field group reveals is decided in src/access/referral-access.ts.

export const REFERRAL_FIELD_GROUP_CODES = ['identity', 'contact', 'incident', 'health', 'assessment', 'plan'] as const;
export const REFERRAL_URGENCIES = ['immediate', 'urgent', 'routine'] as const;
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'service_given', 'completed', 'withdrawn'] as const;
export const REFERRAL_OUTCOMES = ['yes', 'partly', 'no'] as const;
/** The vital interests that may justify sharing without consent (Law 058/2021). */
export const OVERRIDE_BASES = ['life_or_health', 'immediate_danger', 'forensic_evidence'] as const;

/** The service types migrations/0028 seeds (the list is the administrator's: service_types). */
export const SEEDED_SERVICE_TYPES = [
  'medical_care',
  'forensic_examination',
  'psychosocial_support',
  'legal_aid',
  'investigation',
  'safe_shelter',
  'education_support',
  'economic_support',
  'social_protection',
  'parenting_support',
  'rehabilitation',
  'alternative_care',
  'disability_support',
  'labour_inspection',
  'refugee_support',
] as const;
