import { z } from 'zod';
import { IZU_STATUSES, SEXES } from './izu-vocabulary.js';

/** The largest file: 1 MB of CSV text or of base64 XLSX (the request body limit is 1 MiB too); a 5,000-row district list is well under it. */
export const MAX_IMPORT_CONTENT = 1_000_000;

export const importVolunteersSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    content: z.string().min(1).max(MAX_IMPORT_CONTENT).meta({ description: 'The CSV text, or the XLSX file in base64' }),
    fileName: z.string().max(200).optional(),
    dryRun: z.boolean().default(true).meta({ description: 'true (the default): check and preview only, write nothing' }),
  })
  .strict();
export type ImportVolunteersInput = z.infer<typeof importVolunteersSchema>;

const candidateSchema = z.object({
  id: z.string(),
  path: z.string().meta({ description: 'Province › District › Sector › Cell › Village' }),
});

/** One problem of one row, in the file's own terms: its row number (the header is row 1) and column. */
export const rowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string().meta({ description: 'The column: district, sector, cell, village, name, sex, phone, status, selected_on, trainings' }),
  messageKey: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  candidates: z.array(candidateSchema).optional().meta({ description: 'For an unknown or ambiguous place: the places it may mean' }),
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const volunteerImportResultSchema = z.object({
  dryRun: z.boolean(),
  ok: z.boolean().meta({ description: 'No row has a problem (in a dry run: the file can be imported as it is)' }),
  rows: z.number().int(),
  created: z.number().int(),
  ignoredColumns: z.array(z.string()),
  errors: z.array(rowErrorSchema),
  preview: z.array(
    z.object({
      row: z.number().int(),
      fullName: z.string(),
      sex: z.enum(SEXES).nullable(),
      phone: z.string().nullable().meta({ description: 'E.164 (+250…)' }),
      village: candidateSchema.nullable(),
      status: z.enum(IZU_STATUSES).nullable(),
      selectedOn: z.iso.date().nullable(),
      trainings: z.array(
        z.object({ trainingCode: z.string().meta({ description: "The training register's module the name matched" }), takenOn: z.iso.date() }),
      ),
    }),
  ),
});
export type VolunteerImportResult = z.infer<typeof volunteerImportResultSchema>;
