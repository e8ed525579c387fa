import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0028_service_directory_referrals.sql: the service
// directory (HSDS 3.0 shaped) and referrals (framework step 7).

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampNow = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type ReferralStatus = 'sent' | 'accepted' | 'declined' | 'service_given' | 'completed' | 'withdrawn';
export type ReferralUrgency = 'immediate' | 'urgent' | 'routine';
export type ReferralConsentBasis = 'consent' | 'vital_interest' | 'override';
export type ReferralOutcome = 'yes' | 'partly' | 'no';
export type ReferralOverrideBasis = 'life_or_health' | 'immediate_danger' | 'forensic_evidence';

export interface ServiceTypesTable {
  code: string;
  name_rw: string;
  name_en: string;
  name_fr: string;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  created_at: TimestampNow;
}

export interface ProviderServicesTable {
  id: Generated<string>;
  organisation_id: string;
  service_type: string;
  name: string;
  description: string | null;
  email: string | null;
  min_age: number | null;
  max_age: number | null;
  sexes: TextArray;
  capacity_available: number | null;
  capacity_updated_at: Timestamp | null;
  active: Generated<boolean>;
  created_at: TimestampNow;
  updated_at: TimestampNow;
}

export interface ProviderServiceAreasTable {
  service_id: string;
  place_id: string;
}

export interface ProviderLocationsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  place_id: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface ProviderServiceLocationsTable {
  service_id: string;
  location_id: string;
}

export interface ProviderPhonesTable {
  id: Generated<string>;
  organisation_id: string;
  service_id: string | null;
  number: string;
  type: Generated<'voice' | 'text' | 'fax' | 'cell' | 'sms' | 'hotline'>;
  description: string | null;
}

export interface ProviderSchedulesTable {
  id: Generated<string>;
  service_id: string;
  byday: string;
  opens_at: string | null;
  closes_at: string | null;
  description: string | null;
}

export interface ProviderFocalPersonsTable {
  organisation_id: string;
  user_id: string;
  added_at: TimestampNow;
}

export interface ReferralPathwaysTable {
  id: Generated<string>;
  case_type: string;
  service_type: string;
  agency_kind: string;
  lead: Generated<boolean>;
}

export interface ReferralsTable {
  id: Generated<string>;
  reference: string;
  case_id: string | null;
  report_id: string | null;
  plan_action_key: string | null;
  organisation_id: string;
  service_id: string;
  service_type: string;
  urgency: ReferralUrgency;
  due_date: DateOnly;
  reason: string;
  shared_groups: TextArray;
  consent_basis: ReferralConsentBasis;
  override_reason: string | null;
  /** Which vital interest an override invokes (migrations/0030). */
  override_basis: ReferralOverrideBasis | null;
  /** A report's early intervention referral: the caregiver's consent noted at screening (migrations/0030). */
  consent_note: string | null;
  status: Generated<ReferralStatus>;
  district_id: string;
  place_id: string;
  sent_by: string;
  sent_at: Timestamp;
  answered_by: string | null;
  answered_at: Timestamp | null;
  decline_reason: string | null;
  service_given_on: DateOnly | null;
  service_note: string | null;
  service_recorded_by: string | null;
  feedback: string | null;
  feedback_by: string | null;
  feedback_at: Timestamp | null;
  accessed_on: DateOnly | null;
  outcome: ReferralOutcome | null;
  outcome_note: string | null;
  completed_by: string | null;
  completed_at: Timestamp | null;
  withdrawn_by: string | null;
  withdrawn_at: Timestamp | null;
  withdraw_reason: string | null;
  replaces_referral_id: string | null;
}

export interface DirectoryTables {
  service_types: ServiceTypesTable;
  provider_services: ProviderServicesTable;
  provider_service_areas: ProviderServiceAreasTable;
  provider_locations: ProviderLocationsTable;
  provider_service_locations: ProviderServiceLocationsTable;
  provider_phones: ProviderPhonesTable;
  provider_schedules: ProviderSchedulesTable;
  provider_focal_persons: ProviderFocalPersonsTable;
  referral_pathways: ReferralPathwaysTable;
  referrals: ReferralsTable;
}
