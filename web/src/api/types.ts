import type { paths } from './schema.js';

// Names for the API's answers as the screens use them, all taken from the
// types generated from the server's OpenAPI document (schema.d.ts, `npm run
// gen:api`): a server schema that changes under a screen breaks the build.

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<R> = R extends { 200: infer A } ? Json<A> : R extends { 201: infer A } ? Json<A> : never;

/** The JSON a successful `method path` answers. */
export type ApiAnswer<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends { responses: infer R } ? Success<R> : never;
/** The JSON body `method path` takes. */
export type ApiBody<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** The query parameters `GET path` takes. */
export type ApiQuery<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

type Item<L> = L extends { items: (infer I)[] } ? I : never;

// People, places, audit
export type Me = ApiAnswer<'/api/v1/auth/me'>;
export type Role = Me['role'];
export type Language = Me['language'];
export type PlaceRef = Me['jurisdiction'];
export type User = ApiAnswer<'/api/v1/users/{id}'>;
export type UserPage = ApiAnswer<'/api/v1/users'>;
export type Organisation = Item<ApiAnswer<'/api/v1/organisations'>>;
export type OrganisationPage = ApiAnswer<'/api/v1/organisations'>;
export type Place = ApiAnswer<'/api/v1/places/{id}'>;
export type PlaceChild = Item<ApiAnswer<'/api/v1/places/{id}/children'>>;
export type PlaceMatch = Item<ApiAnswer<'/api/v1/places'>>;
export type AuditEvent = Item<ApiAnswer<'/api/v1/audit'>>;
export type AuditVerification = ApiAnswer<'/api/v1/audit/verify'>;

// Reports, worklist, notifications (steps 1-3)
export type ReportCreated = ApiAnswer<'/api/v1/reports', 'post'>;
export type ReportRegisterPage = ApiAnswer<'/api/v1/reports'>;
export type RegisterItem = Extract<Item<ReportRegisterPage>, { view: 'full' }>;
export type ReportStatusView = Extract<Item<ReportRegisterPage>, { view: 'status' }>;
export type ReportDetail = Extract<ApiAnswer<'/api/v1/reports/{id}'>, { view: 'full' }>;
export type ReportStatus = ReportDetail['status'];
export type Worklist = ApiAnswer<'/api/v1/worklist'>;
export type NotificationList = ApiAnswer<'/api/v1/notifications'>;
export type Notification = Item<NotificationList>;
export type ChildMatch = Item<ApiAnswer<'/api/v1/children/matches'>>;
export type IntakeResult = ApiAnswer<'/api/v1/reports/{reportId}/intake', 'post'>;
export type CaseListPage = ApiAnswer<'/api/v1/cases'>;
export type CaseListItem = Item<CaseListPage>;

// The case file and its sections (steps 4-9)
export type CaseFile = ApiAnswer<'/api/v1/cases/{id}'>;
export type CaseStage = CaseFile['stage'];
export type Child = CaseFile['child'];
export type HouseholdMember = CaseFile['household'][number];
export type Consent = CaseFile['consents'][number];
export type ConsentStatus = CaseFile['consentStatus'];
export type Assessment = CaseFile['assessments'][number];
export type Plan = NonNullable<CaseFile['plan']>;
export type PlanGoal = Plan['goals'][number];
export type PlanAction = PlanGoal['actions'][number];
export type Conference = ApiAnswer<'/api/v1/conferences/{id}'>;
export type Participant = Conference['participants'][number];
export type Invitation = Item<ApiAnswer<'/api/v1/conferences/invitations'>>;
export type TimelineEvent = CaseFile['timeline'][number];
export type Service = Item<ApiAnswer<'/api/v1/cases/{id}/services'>>;
export type Visit = Item<ApiAnswer<'/api/v1/cases/{id}/visits'>>;
export type VisitRequest = Item<ApiAnswer<'/api/v1/cases/{id}/visit-requests'>>;
export type EligibleIzu = Item<ApiAnswer<'/api/v1/cases/{id}/visit-requests/izus'>>;
export type VisitTask = Item<ApiAnswer<'/api/v1/visit-tasks'>>;
export type ReviewList = ApiAnswer<'/api/v1/cases/{id}/reviews'>;
export type Review = Item<ReviewList>;
export type ClosureState = ApiAnswer<'/api/v1/cases/{id}/closure'>;
export type PendingClosure = Item<ApiAnswer<'/api/v1/closure-requests/pending'>>;
export type PendingClosurePage = ApiAnswer<'/api/v1/closure-requests/pending'>;
export type Transfer = Item<ApiAnswer<'/api/v1/cases/{id}/transfers'>>;
export type IncomingTransferPage = ApiAnswer<'/api/v1/transfers/incoming'>;
export type IncomingTransfer = Item<IncomingTransferPage>;
export type Note = Item<ApiAnswer<'/api/v1/cases/{id}/notes'>>;
export type Feedback = Item<ApiAnswer<'/api/v1/cases/{id}/feedback'>>;
export type Attachment = Item<ApiAnswer<'/api/v1/cases/{id}/attachments'>>;

// Referrals (step 7)
export type Referral = Item<ApiAnswer<'/api/v1/cases/{id}/referrals'>>;
export type ProviderOption = Item<ApiAnswer<'/api/v1/cases/{id}/referral-providers'>>;
export type ProviderReferral = ApiAnswer<'/api/v1/referrals/{id}'>;
export type InboxItem = Item<ApiAnswer<'/api/v1/referrals/inbox'>>;
export type PaperFile = ApiAnswer<'/api/v1/cases/{id}/paper-file'>;
export type Movement = PaperFile['movements'][number];
export type PaperFilePage = ApiAnswer<'/api/v1/paper-files'>;

// The IZU registry
export type IzuRegistry = ApiAnswer<'/api/v1/izu/registry'>;
export type Volunteer = ApiAnswer<'/api/v1/izu/volunteers/{id}'>;
export type VolunteerImport = ApiAnswer<'/api/v1/izu/import', 'post'>;

// The service directory
export type Provider = ApiAnswer<'/api/v1/directory/providers/{id}'>;
export type ProviderService = Provider['services'][number];
export type ProviderSummary = Item<ApiAnswer<'/api/v1/directory/providers'>>;
export type ProviderInput = ApiBody<'/api/v1/directory/providers', 'post'>;
export type ServiceType = Item<ApiAnswer<'/api/v1/directory/service-types'>>;
export type Coverage = ApiAnswer<'/api/v1/directory/coverage'>;

// The IZU monthly report
export type MonthlyRollup = ApiAnswer<'/api/v1/izu/monthly-reports/rollup'>;
export type MonthlyRollupPart = MonthlyRollup['parts'][number];
export type ReportFigures = MonthlyRollup['totals'];
export type VillageReports = ApiAnswer<'/api/v1/izu/monthly-reports/village'>;
export type MonthlyReportBody = ApiBody<'/api/v1/izu/monthly-reports', 'post'>;

// Monitoring and evaluation (issue 17)
export type IndicatorFigures = ApiAnswer<'/api/v1/indicators/figures'>;
export type IndicatorFigure = IndicatorFigures['figures'][number];
export type IndicatorFigureRow = NonNullable<IndicatorFigure['rows']>[number];
export type IndicatorDefinition = Item<ApiAnswer<'/api/v1/indicators'>>;
export type Disaggregation = NonNullable<ApiQuery<'/api/v1/indicators/figures'>['by']>;
