// Shapes of the case APIs' answers, as the case screens use them. The server's
// zod schemas (src/reports, src/deadlines, src/notifications, src/children,
// src/cases, src/case-followup) are the source of truth.

export type PersonRef = { id: string; fullName: string };

export const REPORT_STATUSES = ['new', 'screened', 'early_intervention', 'case_opened', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const CHILD_SEXES = ['female', 'male', 'unknown'] as const;
export const CASE_STAGES = ['intake', 'assessment', 'planning', 'implementation', 'review', 'closed', 'transferred'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const OPEN_STAGES: readonly string[] = ['intake', 'assessment', 'planning', 'implementation', 'review'];
export const REVIEW_OUTCOMES = ['continue', 'reassess', 'ready_for_closure'] as const;

export type ReportCreated = { id: string; reference: string; receivedAt: string; status: ReportStatus; channel: string; screeningDueAt: string };

export type ReportStatusView = { view: 'status'; id: string; reference: string; receivedAt: string; status: ReportStatus; channel: string };

export type RegisterItem = {
  view: 'full';
  id: string;
  reference: string;
  receivedAt: string;
  status: ReportStatus;
  channel: string;
  districtId: string;
  placeId: string;
  placeName: string;
  childSex: string | null;
  childAgeYears: number | null;
  isVena: boolean | null;
  tier: number | null;
  caseTypes: string[];
  nextDueAt: string | null;
  overdue: boolean;
};

export type ReportDeadline = { id: string; kind: string; dueAt: string; metAt: string | null; overdue: boolean; escalationLevel: number };

export type ReportDetail = {
  view: 'full';
  id: string;
  reference: string;
  receivedAt: string;
  status: ReportStatus;
  channel: string;
  districtId: string;
  districtName: string;
  placeId: string;
  placeName: string;
  recordedById: string | null;
  shown: { childIdentity: boolean; reporterIdentity: boolean };
  reporter: { userId: string | null; name: string | null; relationship: string | null; phone: string | null };
  child: { name: string | null; description: string | null; sex: string | null; ageYears: number | null };
  whatHappened: string;
  incidentDate: string | null;
  incidentPlace: string | null;
  screening: {
    screenedAt: string;
    screenedById: string;
    isVena: boolean;
    caseTypes: string[];
    tier: number | null;
    tierReason: string | null;
    needs: string[];
    earlyInterventions: string[];
    note: string | null;
  } | null;
  childId: string | null;
  caseId: string | null;
  closedAt: string | null;
  deadlines: ReportDeadline[];
};

export type ListPage<T> = { items: T[]; total: number; page?: number; pageSize?: number };

export type WorklistItem = {
  id: string;
  kind: string;
  dueAt: string;
  overdue: boolean;
  dueToday: boolean;
  escalationLevel: number;
  tier: number | null;
  report: { id: string; reference: string } | null;
  case: { id: string; caseCode: string } | null;
};
export type Worklist = ListPage<WorklistItem> & { counts: { overdue: number; dueToday: number; open: number } };

export type Notification = {
  id: string;
  kind: string;
  messageKey: string;
  params: Record<string, string | number | null>;
  reportId: string | null;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
};
export type NotificationList = ListPage<Notification> & { unreadCount: number };

export type ChildMatch = {
  childId: string;
  childCode: string;
  givenName: string;
  familyName: string | null;
  otherNames: string | null;
  sex: 'female' | 'male';
  dateOfBirth: string | null;
  birthDateEstimated: boolean;
  ageYears: number | null;
  place: { id: string; name: string };
  caseCount: number;
  score: number;
  likely: boolean;
  reasons: string[];
};

export type IntakeResult = { caseId: string; caseCode: string; childId: string; childCode: string; newChild: boolean; stage: string };

export type CaseListItem = {
  id: string;
  caseCode: string;
  childId: string;
  childCode: string;
  childName: string | null;
  sex: 'female' | 'male';
  ageYears: number | null;
  stage: CaseStage;
  tier: 1 | 2;
  caseTypes: string[];
  place: { id: string; name: string };
  leadCaseworker: PersonRef | null;
  nextDueAt: string | null;
  openedAt: string;
};

// The case file and its sections (steps 4-9).
export * from './case-types.js';
