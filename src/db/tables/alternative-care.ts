import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0037_alternative_care.sql (forms of care, gatekeeping,
// the foster carers register, placements, their visits and reviews).

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Date columns are selected as text (`::text`), so they are strings in and out. */
type DateOnly = ColumnType<string, string, string>;

export type CarerStatus = 'applicant' | 'assessed' | 'trained' | 'approved' | 'refused';
export type GatekeepingStatus = 'pending' | 'approved' | 'returned';

export interface CareFormsTable {
  code: string;
  sort_order: number;
  family_based: boolean;
  needs_carer: boolean;
  emergency: boolean;
  last_resort: boolean;
  referred_to_authority: boolean;
  min_age: number;
}

export interface FosterCarersTable {
  id: Generated<string>;
  household_name: string;
  main_carer_name: string;
  phone: string | null;
  village_id: string;
  district_id: string;
  found_by: 'izu' | 'local_leader' | 'community_forum' | 'other';
  also_izu: Generated<boolean>;
  status: Generated<CarerStatus>;
  assessed_on: DateOnly | null;
  assessment_note: string | null;
  trained_on: DateOnly | null;
  training_note: string | null;
  decided_on: DateOnly | null;
  decided_by: string | null;
  decision_reasons: string | null;
  approval_review_on: DateOnly | null;
  capacity: number;
  age_min: Generated<number>;
  age_max: Generated<number>;
  emergency_available: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CareGatekeepingTable {
  id: Generated<string>;
  case_id: string;
  family_care_possible: boolean;
  necessity_reasons: string;
  care_form: string | null;
  suitability_reasons: string;
  child_views: string;
  family_participation: string;
  decided_by: string;
  decided_at: Timestamp;
  status: Generated<GatekeepingStatus>;
  answered_by: string | null;
  answered_at: Timestamp | null;
  answer_note: string | null;
}

export type PlacementEndReason = 'form_changed' | 'reunified' | 'adopted' | 'aged_out' | 'breakdown' | 'other';

export interface CarePlacementsTable {
  id: Generated<string>;
  case_id: string;
  child_id: string;
  district_id: string;
  village_id: string;
  care_form: string;
  carer_id: string | null;
  family_name: string | null;
  gatekeeping_id: string | null;
  emergency: Generated<boolean>;
  sibling_group: Generated<number>;
  match_reasons: string | null;
  started_on: DateOnly;
  planned_review_on: DateOnly;
  ended_on: DateOnly | null;
  end_reason: PlacementEndReason | null;
  end_note: string | null;
  ended_by: string | null;
  previous_placement_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

export type SchoolAttendance = 'regular' | 'irregular' | 'not_attending' | 'not_school_age';

export interface CarePlacementVisitsTable {
  id: Generated<string>;
  placement_id: string;
  case_id: string;
  visited_on: DateOnly;
  visited_by: string;
  visitor: 'caseworker' | 'izu';
  child_safe: boolean;
  wellbeing_safety: string;
  material_needs: string | null;
  educational_needs: string | null;
  health_needs: string | null;
  psychological_needs: string | null;
  school_attendance: SchoolAttendance;
  behaviour_and_response: string | null;
  social_protection: string | null;
  community_welcome: string | null;
  recorded_at: Timestamp;
}

export interface CarePlacementReviewsTable {
  id: Generated<string>;
  placement_id: string;
  case_id: string;
  reviewed_by: string;
  reviewed_at: Timestamp;
  still_necessary: boolean;
  still_suitable: boolean;
  reunification_possible: boolean;
  permanence_possible: boolean;
  child_participation: string;
  decision: 'continue' | 'change_form' | 'end';
  new_placement_id: string | null;
  next_review_on: DateOnly | null;
  note: string | null;
}

export interface AlternativeCareTables {
  care_forms: CareFormsTable;
  foster_carers: FosterCarersTable;
  care_gatekeeping: CareGatekeepingTable;
  care_placements: CarePlacementsTable;
  care_placement_visits: CarePlacementVisitsTable;
  care_placement_reviews: CarePlacementReviewsTable;
}
