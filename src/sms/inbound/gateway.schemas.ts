import { z } from 'zod';

// What each SMS gateway sends Rinda (SYSTEM.md §11). Fields a gateway adds
// beyond these are ignored, never refused: a gateway that upgrades and sends
// more must not have its volunteers' messages turned away.

const phone = z.string().trim().min(3).max(64);
const messageText = z.string().max(1600);
const gatewayId = z.string().trim().min(1).max(200);
const gatewayDate = z
  .string()
  .max(64)
  .optional()
  .meta({ description: 'When the phone sent it, as the gateway reports it (ISO 8601 or "yyyy-MM-dd HH:mm:ss", UTC)' });

/** RapidPro's External channel: a form with `from`, `text`, `date` and the message's id. */
export const rapidProExternalBody = z.object({
  from: phone.meta({ description: "The sender's number (E.164, or tel:+250…)" }),
  text: messageText,
  date: gatewayDate,
  id: gatewayId.meta({ description: "RapidPro's id of the message: a delivery repeated with the same id is kept once" }),
});
export type RapidProExternalBody = z.infer<typeof rapidProExternalBody>;

/** Africa's Talking's SMS callback: a form with `from, to, text, date, id, linkId`. */
export const africasTalkingSmsBody = z.object({
  from: phone,
  to: z.string().trim().max(64).optional(),
  text: messageText,
  date: gatewayDate,
  id: gatewayId.meta({ description: "Africa's Talking's id of the message: a delivery repeated with the same id is kept once" }),
  linkId: z.string().max(200).optional(),
});
export type AfricasTalkingSmsBody = z.infer<typeof africasTalkingSmsBody>;

const flowResult = z.object({
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  category: z.string().nullable().optional(),
});

/**
 * RapidPro's flow webhook (a "Call Webhook" action posting JSON): the
 * contact, the flow and the answers the volunteer gave (`results`, keyed by
 * result name). The message id is `id` when the flow's body sets one, else
 * the run's uuid.
 */
export const rapidProFlowBody = z.object({
  id: gatewayId.optional(),
  contact: z.object({
    uuid: z.string().max(64),
    name: z.string().max(200).nullable().optional(),
    urn: z.string().trim().min(3).max(100).meta({ description: 'The contact\'s address, e.g. "tel:+250788123456"' }),
  }),
  flow: z.object({ uuid: z.string().max(64), name: z.string().max(200) }),
  results: z.record(z.string().max(64), flowResult),
  run: z.object({ uuid: z.string().max(64), created_on: z.string().max(64).optional() }).optional(),
});
export type RapidProFlowBody = z.infer<typeof rapidProFlowBody>;
export type RapidProFlowResult = z.infer<typeof flowResult>;

/** Every gateway gets the same answer once the message is stored (a repeated delivery too). */
export const inboundAcceptedSchema = z.object({
  received: z.literal(true),
  duplicate: z.boolean().meta({ description: 'true: this gateway id was already stored (this delivery is a repeat and is not stored again)' }),
  id: z.string().meta({ description: "Rinda's id of the stored message" }),
});
