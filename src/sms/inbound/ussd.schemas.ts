import { z } from 'zod';

/**
 * An Africa's Talking style USSD request (form-encoded): `text` holds the
 * session's answers so far joined by '*' ('' on the first request).
 */
export const ussdRequestBody = z.object({
  sessionId: z.string().trim().min(1).max(200).meta({ description: "The aggregator's id of the session" }),
  serviceCode: z.string().trim().max(40).optional().meta({ description: 'The code dialled, e.g. *384*123#' }),
  phoneNumber: z.string().trim().min(1).max(32).meta({ description: "The caller's number, e.g. +250788123456" }),
  networkCode: z.string().trim().max(20).optional(),
  text: z.string().max(1000).default('').meta({ description: "The session's answers so far, joined by '*'" }),
});
export type UssdRequestBody = z.infer<typeof ussdRequestBody>;
