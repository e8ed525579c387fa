import { z } from 'zod';
import { CASE_TYPES, CHILD_SEXES, EARLY_INTERVENTIONS, NON_VENA_NEEDS, REPORT_CHANNELS, REPORT_STATUSES } from '../cases/case-vocabulary.js';
import { INCIDENT_FLAG_TYPES } from '../community/izu-visit-vocabulary.js';
import { pageQuery } from '../http/paging.schemas.js';

// Incident reports (framework tools 1-5: incident report, identification,
// record, screening, risk categorisation).

/** Where the child is: a village where known, else the lowest known place down to the district (2, 4, 6 or 8 digits). */
const childPlaceIdSchema = z.string().regex(/^[1-5]\d(\d{2}){0,3}$/, 'a district, sector, cell or village code');
const text = (max: number) => z.string().trim().min(1).max(max);

export const createReportSchema = z
  .object({
    channel: z.enum(REPORT_CHANNELS),
    /** Who reported. Left out: the signed-in user reported it themselves. */
    reporter: z
      .object({
        name: text(200).optional(),
        relationship: text(100).optional(),
        /** Rwandan mobile; gets status SMS with the reference only. */
        phone: z.string().trim().max(30).optional(),
      })
      .strict()
      .optional(),
    /** The child as known: a name or a description is required. */
    child: z
      .object({
        name: text(200).optional(),
        description: text(1000).optional(),
        sex: z.enum(CHILD_SEXES).default('unknown'),
        ageYears: z.number().int().min(0).max(17).optional(),
      })
      .strict(),
    placeId: childPlaceIdSchema,
    whatHappened: text(5000),
    /** Local date (Africa/Kigali), not in the future. */
    incidentDate: z.iso.date().optional(),
    incidentPlace: text(500).optional(),
  })
  .strict();
export type CreateReportInput = z.infer<typeof createReportSchema>;

/** The 116 hotline's fast intake: flat, few fields, channel fixed to hotline_116. */
export const hotlineReportSchema = z
  .object({
    callerName: text(200).optional(),
    callerRelationship: text(100).optional(),
    callerPhone: z.string().trim().max(30).optional(),
    childName: text(200).optional(),
    childDescription: text(1000).optional(),
    childSex: z.enum(CHILD_SEXES).default('unknown'),
    childAgeYears: z.number().int().min(0).max(17).optional(),
    placeId: childPlaceIdSchema,
    whatHappened: text(5000),
    incidentDate: z.iso.date().optional(),
  })
  .strict();
export type HotlineReportInput = z.infer<typeof hotlineReportSchema>;

export const reportCreatedSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.date(),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(REPORT_CHANNELS),
  screeningDueAt: z.date(),
});

/** What a reporter (IZU, hotline, local leader…) sees of their own report: its status, no child details. */
const reportStatusViewSchema = z.object({
  view: z.literal('status'),
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.date(),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(REPORT_CHANNELS),
});

/** What the IZU said of an incident they flagged (channel izu); null for any other report. */
const izuFlagSchema = z
  .object({ type: z.enum(INCIDENT_FLAG_TYPES), urgent: z.boolean() })
  .nullable()
  .meta({
    description:
      'For a report an IZU flagged: the kind of incident as the volunteer saw it (screening decides the case types) and whether it reached the CPWO as urgent (marked so, or sexual abuse, always); null otherwise',
  });

const registerItemSchema = z.object({
  view: z.literal('full'),
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.date(),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(REPORT_CHANNELS),
  districtId: z.string(),
  placeId: z.string(),
  placeName: z.string(),
  childSex: z.enum(CHILD_SEXES).nullable(),
  childAgeYears: z.number().int().nullable(),
  isVena: z.boolean().nullable(),
  tier: z.number().int().nullable(),
  caseTypes: z.array(z.string()),
  izuFlag: izuFlagSchema,
  /** Earliest open deadline of the report (screening, then the tier response). */
  nextDueAt: z.date().nullable(),
  overdue: z.boolean(),
});

export const reportListQuerySchema = z.object({
  status: z.enum(REPORT_STATUSES).optional(),
  tier: z.enum(['1', '2']).optional(),
  channel: z.enum(REPORT_CHANNELS).optional(),
  /** Received on or after this local date. */
  from: z.iso.date().optional(),
  /** Received on or before this local date. */
  to: z.iso.date().optional(),
  /** A reference (or its start) or part of the child's name as reported. */
  q: z.string().trim().min(1).max(100).optional(),
  ...pageQuery(),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

export const reportListSchema = z.object({
  items: z.array(z.discriminatedUnion('view', [registerItemSchema, reportStatusViewSchema])),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const reportDeadlineSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  dueAt: z.date(),
  metAt: z.date().nullable(),
  overdue: z.boolean(),
  escalationLevel: z.number().int(),
});

export const reportDetailSchema = z.object({
  view: z.literal('full'),
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.date(),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(REPORT_CHANNELS),
  districtId: z.string(),
  districtName: z.string(),
  placeId: z.string(),
  placeName: z.string(),
  recordedById: z
    .uuid()
    .nullable()
    .meta({ description: 'The user who recorded the report; null unless the caller may see the reporter (it is often who saw it)' }),
  shown: z.object({ childIdentity: z.boolean(), reporterIdentity: z.boolean() }).meta({
    description:
      "Need-to-know: whether the child's identity as reported (name, description) and the reporter's (user, name, relationship, phone) are given to the caller; when not, those fields are null",
  }),
  reporter: z.object({
    userId: z.uuid().nullable(),
    name: z.string().nullable(),
    relationship: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  child: z.object({
    name: z.string().nullable(),
    description: z.string().nullable(),
    sex: z.enum(CHILD_SEXES).nullable(),
    ageYears: z.number().int().nullable(),
  }),
  whatHappened: z.string(),
  incidentDate: z.string().nullable(),
  incidentPlace: z.string().nullable(),
  izuFlag: izuFlagSchema,
  screening: z
    .object({
      screenedAt: z.date(),
      screenedById: z.uuid(),
      isVena: z.boolean(),
      caseTypes: z.array(z.string()),
      tier: z.number().int().nullable(),
      tierReason: z.string().nullable(),
      needs: z.array(z.string()),
      earlyInterventions: z.array(z.string()),
      note: z.string().nullable(),
    })
    .nullable(),
  childId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  closedAt: z.date().nullable(),
  deadlines: z.array(reportDeadlineSchema),
});
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const reportViewSchema = z.discriminatedUnion('view', [reportDetailSchema, reportStatusViewSchema]);

/**
 * Screening and risk categorisation (framework step 3). Not VENA: needs and
 * early intervention referrals, and the report closes. VENA: case types and
 * the tier with its reason, and the needs seen (so the first referrals can be
 * made the same day). The rules across fields are checked by the service
 * so each broken rule has its own message key.
 */
export const screenReportSchema = z
  .object({
    isVena: z.boolean(),
    caseTypes: z.array(z.enum(CASE_TYPES)).max(CASE_TYPES.length).optional(),
    tier: z.union([z.literal(1), z.literal(2)]).optional(),
    tierReason: z.string().trim().max(2000).optional(),
    needs: z.array(z.enum(NON_VENA_NEEDS)).max(NON_VENA_NEEDS.length).optional(),
    earlyInterventions: z.array(z.enum(EARLY_INTERVENTIONS)).max(EARLY_INTERVENTIONS.length).optional(),
    note: z.string().trim().max(4000).optional(),
  })
  .strict();
export type ScreenReportInput = z.infer<typeof screenReportSchema>;
