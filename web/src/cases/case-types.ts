// Shapes of the case file's answers (src/cases, src/case-followup, src/attachments,
// src/paper-files), as the case screens use them.

import type { CaseStage, PersonRef } from './types.js';

export type HouseholdMember = {
  id: string;
  fullName: string | null;
  relationship: string;
  sex: 'female' | 'male' | null;
  ageYears: number | null;
  phone: string | null;
  isCaregiver: boolean;
  livesWithChild: boolean;
  siblingChildId: string | null;
};

export type Child = {
  id: string;
  childCode: string;
  identityVisible: boolean;
  givenName: string | null;
  familyName: string | null;
  otherNames: string | null;
  sex: 'female' | 'male';
  dateOfBirth: string | null;
  birthDateEstimated: boolean;
  ageYears: number | null;
  disability: string[];
  disabilityNote: string | null;
  refugeeStatus: string;
  place: { id: string; name: string };
};

export type Consent = {
  id: string;
  kind: string;
  decision: string;
  vitalInterest: boolean;
  purposes: string[];
  shareWith: string[];
  householdMemberId: string | null;
  giverName: string | null;
  giverRelationship: string | null;
  childAgeYears: number | null;
  capacityNote: string | null;
  reason: string | null;
  decidedAt: string;
  recordedAt: string;
  recordedBy: PersonRef;
};
type Basis = 'consent' | 'vital_interest' | null;
export type ConsentStatus = { services: Basis; caseConference: Basis; shareWith: Record<string, Basis> };

export type Assessment = {
  id: string;
  version: number;
  incidentFacts: string;
  incidentDate: string | null;
  incidentPlace: string | null;
  perpetratorRelationship: string;
  perpetratorSex: string | null;
  perpetratorAgeGroup: string | null;
  perpetratorHasAccess: boolean | null;
  domains: { domain: string; strengths: string | null; needs: string | null; needLevel: string }[];
  disability: string[];
  disabilityNote: string | null;
  siblingRisk: string;
  siblingRiskNote: string | null;
  summary: string | null;
  assessedAt: string;
  assessedBy: PersonRef;
};

export type PlanAction = {
  id: string;
  key: string;
  description: string;
  responsibleUser: PersonRef | null;
  responsibleName: string | null;
  dueDate: string;
  status: string;
  referralId: string | null;
};
export type PlanGoal = {
  id: string;
  key: string;
  description: string;
  measure: string;
  domain: string | null;
  targetDate: string | null;
  status: string;
  actions: PlanAction[];
};
export type Plan = { id: string; version: number; reviewDate: string; note: string | null; createdAt: string; createdBy: PersonRef; goals: PlanGoal[] };

export type Participant = {
  id: string;
  user: { id: string; fullName: string; role: string } | null;
  name: string | null;
  organisation: string | null;
  role: string | null;
  agreementSignedAt: string | null;
  agreementMethod: 'in_app' | 'paper' | null;
};
export type Conference = {
  id: string;
  caseId: string;
  caseCode: string;
  type: string;
  heldAt: string;
  location: string | null;
  purpose: string | null;
  childParticipation: string;
  childParticipationNote: string | null;
  caregiverParticipation: string;
  caregiverParticipationNote: string | null;
  decisions: { description: string; responsible: string | null; dueDate: string | null }[];
  consentBasis: 'consent' | 'vital_interest';
  createdBy: PersonRef;
  createdAt: string;
  updatedAt: string;
  participants: Participant[];
};
export type Invitation = {
  conferenceId: string;
  participantId: string;
  type: string;
  heldAt: string;
  location: string | null;
  invitedBy: PersonRef;
  agreementSignedAt: string | null;
};

export type TimelineEvent = {
  id: string;
  at: string;
  kind: string;
  actor: PersonRef | null;
  refTable: string | null;
  refId: string | null;
  summary: Record<string, unknown>;
};

export type CaseFile = {
  id: string;
  caseCode: string;
  stage: CaseStage;
  tier: 1 | 2;
  caseTypes: string[];
  districtId: string;
  place: { id: string; name: string };
  openedAt: string;
  openedBy: PersonRef;
  closedAt: string | null;
  closureReason: string | null;
  nextDueAt: string | null;
  leadCaseworker: (PersonRef & { role: string }) | null;
  supervisor: PersonRef | null;
  report: { id: string; reference: string; channel: string; receivedAt: string; tierReason: string | null };
  child: Child;
  household: HouseholdMember[];
  otherCases: { id: string; caseCode: string; stage: string; openedAt: string }[];
  consents: Consent[];
  consentStatus: ConsentStatus;
  assessments: Assessment[];
  plan: Plan | null;
  planVersions: { version: number; reviewDate: string; createdAt: string; createdBy: PersonRef }[];
  conferences: Conference[];
  timeline: TimelineEvent[];
};

export type Service = {
  id: string;
  caseId: string;
  description: string;
  domain: string | null;
  providedBy: { userId: string | null; name: string };
  providedOn: string;
  recordedBy: PersonRef;
  recordedAt: string;
};

export type Visit = {
  id: string;
  caseId: string;
  visitTaskId: string | null;
  visitedBy: PersonRef;
  companions: string | null;
  visitedAt: string;
  observations: string;
  childSafe: boolean;
  concerns: string | null;
  recordedBy: PersonRef;
  recordedAt: string;
};
export type VisitRequest = {
  id: string;
  caseId: string;
  izu: PersonRef;
  requestedBy: PersonRef;
  requestedAt: string;
  dueDate: string;
  purpose: string;
  status: 'open' | 'done' | 'cancelled';
  closedAt: string | null;
  visitId: string | null;
};
export type EligibleIzu = { id: string; fullName: string; jurisdictionId: string; jurisdictionName: string };
export type VisitTask = { id: string; dueDate: string; purpose: string; childFirstName: string; village: string; caregiverName: string | null };

export type BenchmarkScore = { benchmark: string; met: boolean; evidence: string };
export type Review = {
  id: string;
  caseId: string;
  reviewedBy: PersonRef;
  reviewedAt: string;
  outcome: 'continue' | 'reassess' | 'ready_for_closure';
  newConcerns: string | null;
  note: string | null;
  metCount: number;
  benchmarks: BenchmarkScore[];
  planGoals: { total: number; achieved: number } | null;
};
export type ClosureCheck = { allowed: boolean; missingBenchmarks: string[]; openPlanGoals: number };
export type ReviewList = {
  items: Review[];
  total: number;
  progress: { reviewId: string; reviewedAt: string; metCount: number; outcome: string }[];
  closure: ClosureCheck;
};

export type ClosureRequest = {
  id: string;
  reason: string;
  note: string;
  requestedBy: PersonRef;
  requestedAt: string;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionNote: string | null;
};
export type ClosureRecord = {
  id: string;
  reason: string;
  note: string | null;
  reviewId: string | null;
  closureRequestId: string | null;
  closedBy: PersonRef;
  closedAt: string;
  reopenedBy: PersonRef | null;
  reopenedAt: string | null;
  reopenReason: string | null;
};
export type ClosureState = {
  caseId: string;
  stage: CaseStage;
  closedAt: string | null;
  closureReason: string | null;
  pendingRequest: ClosureRequest | null;
  benchmarks: ClosureCheck;
  requests: ClosureRequest[];
  closures: ClosureRecord[];
};
export type PendingClosure = {
  requestId: string;
  caseId: string;
  caseCode: string;
  childCode: string;
  reason: string;
  note: string;
  requestedBy: PersonRef;
  requestedAt: string;
};

export type Transfer = {
  id: string;
  caseId: string;
  from: { districtId: string; districtName: string; placeId: string };
  to: { districtId: string | null; districtName: string | null; placeId: string | null; organisationId: string | null; organisationName: string | null };
  reason: string;
  requestedBy: PersonRef;
  requestedAt: string;
  status: 'pending' | 'accepted' | 'declined' | 'cancelled';
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionReason: string | null;
};
export type IncomingTransfer = Transfer & { caseCode: string; childCode: string; tier: number; caseTypes: string[]; stage: string };

export type Note = { id: string; caseId: string; body: string; writtenBy: PersonRef; writtenAt: string };
export type Feedback = {
  id: string;
  caseId: string;
  respondent: 'child' | 'caregiver';
  satisfaction: number;
  wellbeingImproved: boolean | null;
  comments: string | null;
  collectedBy: PersonRef;
  collectedAt: string;
};

export const ATTACHMENT_CATEGORIES = ['scanned_form', 'evidence', 'medical', 'legal', 'photo', 'correspondence', 'other'] as const;
export type Attachment = {
  id: string;
  caseId: string;
  category: string;
  description: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: PersonRef;
  uploadedAt: string;
};

export type Movement = {
  id: string;
  holder: { userId: string | null; name: string };
  permanent: boolean;
  purpose: string | null;
  checkedOutAt: string;
  checkedOutBy: PersonRef;
  checkedInAt: string | null;
  checkedInBy: PersonRef | null;
};
export type PaperFile = { childCode: string; current: Movement | null; movements: Movement[] };
