import { z } from 'zod';
import { userRefSchema } from '../people/common.schemas.js';
import { pageQuery, pageResult } from '../http/paging.schemas.js';

// The paper case file register (framework 5.1): who signed the child's file
// out, when, whether for good (a permanent transfer), when it came back, and
// so who holds each file now. The file is the child's, labelled by the child's code.

export const checkOutSchema = z
  .object({
    holderUserId: z.uuid().optional().meta({ description: 'Who takes the file, when they have an account' }),
    holderName: z.string().trim().min(1).max(200).optional().meta({ description: 'Or their name (e.g. a court clerk)' }),
    permanent: z.boolean().meta({ description: 'A permanent transfer of the file (no return expected)' }),
    purpose: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .refine((v) => !!v.holderUserId !== !!v.holderName, { message: 'give either holderUserId or holderName', path: ['holderUserId'] });
export type CheckOutInput = z.infer<typeof checkOutSchema>;
export const checkInSchema = z.object({}).strict();

export const movementSchema = z.object({
  id: z.uuid(),
  holder: z.object({ userId: z.uuid().nullable(), name: z.string() }),
  permanent: z.boolean(),
  purpose: z.string().nullable(),
  checkedOutAt: z.iso.datetime(),
  checkedOutBy: userRefSchema,
  checkedInAt: z.iso.datetime().nullable(),
  checkedInBy: userRefSchema.nullable(),
});
export type Movement = z.infer<typeof movementSchema>;

export const paperFileSchema = z.object({
  childCode: z.string().meta({ description: 'The label on the paper file' }),
  current: movementSchema.nullable().meta({ description: 'Who holds the file now; null when it is in the cabinet' }),
  movements: z.array(movementSchema).meta({ description: 'The register, newest first' }),
});

export const paperFileListQuerySchema = z.object({
  ...pageQuery(),
  holder: z
    .union([z.uuid(), z.literal('me')])
    .optional()
    .meta({ description: "Only files held by this user ('me': the signed-in user)" }),
  childCode: z.string().trim().min(1).max(40).optional(),
});

export const paperFileListSchema = z.object({
  items: z.array(movementSchema.extend({ childCode: z.string() })).meta({ description: 'Files signed out now, oldest first' }),
  ...pageResult,
});
