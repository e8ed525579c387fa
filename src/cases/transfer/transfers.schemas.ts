import { z } from 'zod';
import { CASE_TYPES } from '../case-vocabulary.js';
import { pageResult } from '../../http/paging.schemas.js';
import { longText } from '../followup.schemas.js';
import { userRefSchema } from '../../people/common.schemas.js';

// Tool 16, the transfer form: a case moves to another district (its CPWO
// accepts or declines) or to another agency (its staff accept or decline).

const placeCode = z.string().regex(/^\d{2,8}$/, 'a place code');

export const requestTransferSchema = z
  .object({
    toDistrictId: z
      .string()
      .regex(/^\d{2}$/, 'a district code')
      .optional()
      .meta({ description: 'The receiving district' }),
    toPlaceId: placeCode.optional().meta({ description: "The child's new place in that district (a village where known)" }),
    toOrganisationId: z.uuid().optional().meta({ description: 'Or the receiving agency' }),
    reason: longText().meta({ description: 'Why the case moves' }),
  })
  .strict()
  .refine((v) => !!v.toDistrictId !== !!v.toOrganisationId, { message: 'give either toDistrictId or toOrganisationId', path: ['toDistrictId'] })
  .refine((v) => !v.toPlaceId || (!!v.toDistrictId && v.toPlaceId.startsWith(v.toDistrictId)), {
    message: 'the place must be in the receiving district',
    path: ['toPlaceId'],
  });
export type RequestTransferInput = z.infer<typeof requestTransferSchema>;

export const acceptTransferSchema = z
  .object({ toPlaceId: placeCode.optional().meta({ description: "District transfers: the child's place, if the sender did not know it" }) })
  .strict();
export const declineTransferSchema = z.object({ reason: longText().meta({ description: 'Why the transfer is declined' }) }).strict();

const TRANSFER_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;

export const transferSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  from: z.object({ districtId: z.string(), districtName: z.string(), placeId: z.string() }),
  to: z.object({
    districtId: z.string().nullable(),
    districtName: z.string().nullable(),
    placeId: z.string().nullable(),
    organisationId: z.uuid().nullable(),
    organisationName: z.string().nullable(),
  }),
  reason: z.string(),
  requestedBy: userRefSchema,
  requestedAt: z.iso.datetime(),
  status: z.enum(TRANSFER_STATUSES),
  decidedBy: userRefSchema.nullable(),
  decidedAt: z.iso.datetime().nullable(),
  decisionReason: z.string().nullable(),
});
export type TransferRecord = z.infer<typeof transferSchema>;
export const transferListSchema = z.object({ items: z.array(transferSchema).meta({ description: 'Newest first' }), ...pageResult });

/** What the receiving side sees before accepting: the transfer and the case's codes and category, no identities. */
const incomingTransferSchema = transferSchema.extend({
  caseCode: z.string(),
  childCode: z.string(),
  tier: z.number().int(),
  caseTypes: z.array(z.enum(CASE_TYPES)),
  stage: z.string(),
});
export const incomingTransferListSchema = z.object({ items: z.array(incomingTransferSchema), ...pageResult });

/** `/cases/:id/transfers/:transferId/…`: a transfer of that case. */
export const caseTransferParamsSchema = z.object({ id: z.uuid(), transferId: z.uuid() });
