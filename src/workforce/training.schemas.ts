import { z } from 'zod';
import { pageQuery } from '../http/paging.schemas.js';
import { rowErrorSchema } from '../community/izu-import.schemas.js';
import { MAX_IMPORT_CONTENT } from '../community/izu-import.schemas.js';

const isoDate = z.iso.date();
const trainingCode = z.string().regex(/^[a-z0-9_]{2,60}$/);

export const trainingSchema = z.object({
  code: z.string(),
  audience: z.enum(['caseworker', 'supervisor', 'izu', 'local_leader']),
  gatesLeadCaseworker: z.boolean().meta({ description: 'The national case management training: needed before leading a case' }),
  refresherMonths: z.number().int().nullable(),
});

export const trainingRecordSchema = z.object({
  id: z.uuid(),
  trainingCode: z.string(),
  completedOn: isoDate,
  provider: z.string().nullable(),
  certificateRef: z.string().nullable(),
  expiresOn: isoDate.nullable(),
  expired: z.boolean(),
});

const personSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  role: z.string(),
  jurisdictionId: z.string(),
  needsNationalTraining: z.boolean().meta({ description: 'A caseworker (CPWO or CSO caseworker) without the national training: may not lead a case yet' }),
  records: z.array(trainingRecordSchema),
});

export const registerQuerySchema = z.object({
  role: z.enum(['cpwo', 'cso_caseworker', 'supervisor', 'izu', 'izu_cell_coordinator', 'izu_sector_coordinator', 'local_leader']).optional(),
  trainingCode: trainingCode.optional().meta({ description: 'Only people who have this training' }),
  needsNational: z.enum(['true', 'false']).optional().meta({ description: 'true: only caseworkers who still need the national training' }),
  q: z.string().trim().min(2).max(100).optional().meta({ description: 'A name or username' }),
  ...pageQuery({ defaultSize: 50, maxSize: 200 }),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

export const registerSchema = z.object({
  trainings: z.array(trainingSchema),
  items: z.array(personSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Over the whole filtered set: how many hold each training, and how many caseworkers still need the national one. */
  counts: z.object({ byTraining: z.record(z.string(), z.number().int()), needsNationalTraining: z.number().int() }),
});

export const ownTrainingSchema = z.object({ trainings: z.array(trainingSchema), person: personSchema });

export const recordTrainingSchema = z
  .object({
    userId: z.uuid(),
    trainingCode,
    completedOn: isoDate,
    provider: z.string().trim().min(1).max(200).optional(),
    certificateRef: z.string().trim().min(1).max(100).optional(),
    expiresOn: isoDate.optional().meta({ description: 'Defaults to completedOn plus the training’s refresher period, where it has one' }),
  })
  .strict();
export type RecordTrainingInput = z.infer<typeof recordTrainingSchema>;

export const importAttendanceSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    content: z.string().min(1).max(MAX_IMPORT_CONTENT).meta({ description: 'The CSV text, or the XLSX file in base64' }),
    fileName: z.string().max(200).optional(),
    dryRun: z.boolean().default(true).meta({ description: 'true (the default): check and preview only, write nothing' }),
  })
  .strict();
export type ImportAttendanceInput = z.infer<typeof importAttendanceSchema>;

export const attendanceImportResultSchema = z.object({
  dryRun: z.boolean(),
  ok: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  alreadyRecorded: z.number().int(),
  ignoredColumns: z.array(z.string()),
  errors: z.array(rowErrorSchema),
  preview: z.array(
    z.object({
      row: z.number().int(),
      person: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
      trainingCode: z.string().nullable(),
      completedOn: isoDate.nullable(),
      provider: z.string().nullable(),
      certificateRef: z.string().nullable(),
      expiresOn: isoDate.nullable(),
    }),
  ),
});
export type AttendanceImportResult = z.infer<typeof attendanceImportResultSchema>;
