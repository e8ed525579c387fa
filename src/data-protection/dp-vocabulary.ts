// The rights of the people in the records (Law N° 058/2021 Arts 18–23) and
// what each request may change. Plain constants: the web app imports them.

export const DATA_RIGHTS = ['access', 'rectification', 'objection', 'restriction', 'erasure'] as const;
export const REQUESTER_RELATIONSHIPS = ['self', 'parent_or_caregiver', 'legal_representative', 'other'] as const;
export const DP_REQUEST_STATUSES = ['open', 'granted', 'refused', 'executed'] as const;

/** The identity fields a rectification may correct, by whose record it is. */
export const RECTIFIABLE_FIELDS = {
  child: ['givenName', 'familyName', 'otherNames', 'dateOfBirth', 'sex'],
  household_member: ['fullName', 'relationship', 'phone', 'ageYears'],
} as const;

/** Why something was left out of a person's copy of their file. */
export const WITHHELD_REASONS = ['other_person', 'reporter_protected', 'endangers_child'] as const;

/** Why an erasure must be refused: the record must be kept (framework §5; Law 058/2021 Art. 22). */
export const ERASURE_BLOCKS = ['open_case', 'vena_case_record'] as const;
export type ErasureBlock = (typeof ERASURE_BLOCKS)[number];

/** The deadline kind of a request's due date (src/deadlines). */
export const DP_REQUEST_DEADLINE = 'dp_request';
