import type { ColumnType, Generated, Insertable, Updateable } from 'kysely';
import type { AlternativeCareTables } from './tables/alternative-care.js';
import type { CaseFollowupTables } from './tables/case-followup.js';
import type { CommunityTables, IzuStatus, Sex } from './tables/community.js';
import type { CasesCoreTables } from './tables/cases-core.js';
import type { CaseWorkTables } from './tables/case-work.js';
import type { BreachRetentionTables } from './tables/breach-retention.js';
import type { RetentionTables } from './tables/retention.js';
import type { DataProtectionTables } from './tables/data-protection.js';
import type { DirectoryTables } from './tables/directory.js';
import type { InboundSmsTables } from './tables/inbound-sms.js';
import type { IndicatorTables } from './tables/indicators.js';
import type { Dhis2Tables } from './tables/dhis2.js';
import type { NationalCountTables } from './tables/national-counts.js';
import type { OperationsTables } from './tables/operations.js';
import type { UssdTables } from './tables/ussd.js';
import type { WorkforceTables } from './tables/workforce.js';
import type { ReintegrationTables } from './tables/reintegration.js';
import type { Profession } from '../reintegration/reintegration-vocabulary.js';

// Database types, declared once, by hand, next to migrations/. A change to a
// migration that adds or changes a column changes this file in the same commit.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampNow = ColumnType<Date, Date | string | undefined, Date | string>;

export type Role =
  | 'izu'
  | 'izu_cell_coordinator'
  | 'izu_sector_coordinator'
  | 'cpwo'
  | 'cso_caseworker'
  | 'supervisor'
  | 'service_provider'
  | 'hotline_agent'
  | 'local_leader'
  | 'ncda_officer'
  | 'dpo'
  | 'analyst'
  | 'sysadmin';

export type Language = 'rw' | 'en' | 'fr';

export interface PlacesTable {
  id: string;
  parent_id: string | null;
  level: number;
  name: string;
  search_name: string;
  district_id: string | null;
  /** placeSearchKey(name) and placeSearchSkeleton(name) (migrations/0031; null only until loadMap fills them). */
  search_key: string | null;
  search_skeleton: string | null;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: string;
  place_id: string;
  description: string | null;
  email: string | null;
  website: string | null;
  /** From the annual review (1-5), with its date: a review older than a year is due. */
  quality_rating: number | null;
  quality_reviewed_on: ColumnType<string | null, string | null | undefined, string | null>;
  quality_note: string | null;
  active: Generated<boolean>;
  created_at: TimestampNow;
  updated_at: TimestampNow;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  role: Role;
  organisation_id: string | null;
  jurisdiction_id: string;
  supervisor_id: string | null;
  training_completed_on: ColumnType<string | null, string | null | undefined, string | null>;
  phone: string | null;
  email: string | null;
  language: Generated<Language>;
  active: Generated<boolean>;
  /** Null only for an IZU who works by SMS/USSD alone (migrations/0032): sign-in refuses them. */
  password_hash: string | null;
  password_changed_at: TimestampNow;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  /** Locks since the last full sign-in: each lasts twice the one before (migrations/0017). */
  locks_in_a_row: Generated<number>;
  /** Locked until an administrator unlocks (after RINDA_LOCKOUT_MAX_LOCKS locks in a row). */
  locked_for_admin: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  /** The last TOTP time step accepted (unix seconds / 30): a code is never accepted twice. */
  totp_last_step: number | null;
  created_at: TimestampNow;
  updated_at: TimestampNow;
  /** The IZU registry (migrations/0032): null for other roles. */
  sex: Generated<Sex | null>;
  izu_status: Generated<IzuStatus | null>;
  izu_status_on: ColumnType<string | null, string | null | undefined, string | null>;
  selected_on: ColumnType<string | null, string | null | undefined, string | null>;
  replaced_by: Generated<string | null>;
  /** A caseworker's profession (migrations/0038): null means social worker; the psychological assessment needs a psychologist. */
  profession: Generated<Profession | null>;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  stage: 'mfa' | 'active';
  created_at: TimestampNow;
  last_seen_at: TimestampNow;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: TimestampNow;
  updated_by: string | null;
}

export interface AuditEventsTable {
  seq: Generated<number>;
  at: TimestampNow;
  actor_id: string | null;
  actor_role: string | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  fields: ColumnType<string[], string[] | undefined, never>;
  outcome: ColumnType<'success' | 'denied' | 'failure', 'success' | 'denied' | 'failure' | undefined, never>;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

/** Entries committed but not yet sealed into the chain (migrations/0008). */
export interface AuditPendingTable {
  seq: number;
}

/** The hash chain over audit_events, in position order; written by the sealer only. */
export interface AuditSealsTable {
  position: number;
  seq: number;
  prev_hash: string;
  hash: string;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: TimestampNow;
}

// Feature tables are declared in src/db/tables/ (one file per migration group) and joined here.
export interface DB
  extends
    CasesCoreTables,
    CommunityTables,
    CaseFollowupTables,
    CaseWorkTables,
    DirectoryTables,
    NationalCountTables,
    OperationsTables,
    InboundSmsTables,
    UssdTables,
    WorkforceTables,
    IndicatorTables,
    Dhis2Tables,
    DataProtectionTables,
    BreachRetentionTables,
    RetentionTables,
    ReintegrationTables,
    AlternativeCareTables {
  places: PlacesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  settings: SettingsTable;
  audit_events: AuditEventsTable;
  audit_pending: AuditPendingTable;
  audit_seals: AuditSealsTable;
  audit_legacy_seals: AuditSealsTable;
  schema_migrations: SchemaMigrationsTable;
}

export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
