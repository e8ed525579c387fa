import { z } from 'zod';
import { householdMemberInputSchema, newChildInputSchema } from '../../children/child.schemas.js';

export const reportParamsSchema = z.object({ reportId: z.uuid() });

export const intakeSchema = z
  .object({
    childId: z.uuid().optional().meta({ description: 'An existing child (from GET /children/matches); or give `child`' }),
    child: newChildInputSchema.optional().meta({ description: 'A new child; or give `childId`' }),
    household: z
      .array(householdMemberInputSchema)
      .max(40)
      .optional()
      .meta({ description: "With `childId`: people to add to the existing child's household (a new child's household goes in `child.household`)" }),
    confirmNotDuplicate: z.boolean().default(false).meta({ description: 'The caseworker checked the likely matches and this is a different child' }),
  })
  .strict();
export type IntakeInput = z.infer<typeof intakeSchema>;

export const intakeResultSchema = z.object({
  caseId: z.uuid(),
  caseCode: z.string(),
  childId: z.uuid(),
  childCode: z.string(),
  newChild: z.boolean(),
  stage: z.literal('intake'),
});
