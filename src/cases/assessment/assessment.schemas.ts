import { z } from 'zod';
import { userRefSchema } from '../../people/common.schemas.js';
import { ASSESSMENT_DOMAINS, DISABILITY_KINDS, NEED_LEVELS, PERPETRATOR_RELATIONSHIPS, SIBLING_RISKS } from '../case-vocabulary.js';

const text = (max: number) => z.string().trim().min(1).max(max);

const domainAssessmentSchema = z
  .object({
    domain: z.enum(ASSESSMENT_DOMAINS),
    strengths: text(4000).optional(),
    needs: text(4000).optional(),
    needLevel: z.enum(NEED_LEVELS),
  })
  .strict();

export const assessmentInputSchema = z
  .object({
    incidentFacts: text(20_000).meta({ description: "The incident's detailed facts" }),
    incidentDate: z.iso.date().optional(),
    incidentPlace: text(500).optional(),
    perpetratorRelationship: z
      .enum(PERPETRATOR_RELATIONSHIPS)
      .meta({ description: 'Relationship of the alleged perpetrator to the child (national statistics)' }),
    perpetratorSex: z.enum(['female', 'male', 'unknown']).optional(),
    perpetratorAgeGroup: z.enum(['child', 'adult', 'unknown']).optional(),
    perpetratorHasAccess: z.boolean().optional().meta({ description: 'Can the alleged perpetrator still reach the child?' }),
    domains: z
      .array(domainAssessmentSchema)
      .min(1)
      .max(ASSESSMENT_DOMAINS.length)
      .meta({ description: "The child's and family's strengths and needs, one entry per domain" }),
    disability: z.array(z.enum(DISABILITY_KINDS)).max(DISABILITY_KINDS.length).default([]),
    disabilityNote: text(4000).optional(),
    siblingRisk: z.enum(SIBLING_RISKS),
    siblingRiskNote: text(4000).optional(),
    summary: text(8000).optional(),
  })
  .strict();
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

export const assessmentSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  incidentFacts: z.string(),
  incidentDate: z.iso.date().nullable(),
  incidentPlace: z.string().nullable(),
  perpetratorRelationship: z.string(),
  perpetratorSex: z.string().nullable(),
  perpetratorAgeGroup: z.string().nullable(),
  perpetratorHasAccess: z.boolean().nullable(),
  domains: z.array(z.object({ domain: z.string(), strengths: z.string().nullable(), needs: z.string().nullable(), needLevel: z.string() })),
  disability: z.array(z.string()),
  disabilityNote: z.string().nullable(),
  siblingRisk: z.string(),
  siblingRiskNote: z.string().nullable(),
  summary: z.string().nullable(),
  assessedAt: z.iso.datetime(),
  assessedBy: userRefSchema,
});

export const assessmentResultSchema = assessmentSchema.extend({ caseStage: z.string() });
