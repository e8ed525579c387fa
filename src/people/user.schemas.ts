import { z } from 'zod';
import { pageQuery } from '../http/paging.schemas.js';
import { booleanQuerySchema, placeIdSchema, userRefSchema } from './common.schemas.js';
import { LANGUAGES, PROFESSIONS, ROLES } from './people-vocabulary.js';

// Field formats, shared by the HTTP bodies and the rows of a CSV import.
export const userFields = {
  // USERNAME_PATTERN (user-rules.ts) as three checks, so each refusal names its own reason (and message key).
  username: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .regex(/^[A-Za-z0-9._-]+$/, 'Only letters, digits, dots, underscores or dashes'),
  fullName: z.string().trim().min(2).max(200),
  role: z.enum(ROLES),
  organisationId: z.uuid(),
  jurisdictionId: placeIdSchema,
  supervisorId: z.uuid(),
  trainingCompletedOn: z.iso.date(),
  phone: z.string().trim().max(40),
  email: z.email().max(254),
  language: z.enum(LANGUAGES),
  profession: z.enum(PROFESSIONS),
};

/** A user as every API client sees it: never the password hash or the TOTP secret. */
export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  jurisdiction: z.object({ id: z.string(), name: z.string(), level: z.number().int() }),
  supervisor: userRefSchema.nullable(),
  trainingCompletedOn: z.iso.date().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  language: z.enum(LANGUAGES),
  profession: z.enum(PROFESSIONS).nullable().meta({ description: "A caseworker's or supervisor's profession; null: not recorded (a social worker)" }),
  active: z.boolean(),
  /** The account is locked after too many failed sign-ins (until the lock lapses or an administrator unlocks it). */
  locked: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = z.object({
  /** Part of the username or the full name, any case. */
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  /** Users whose jurisdiction is this place or below it. */
  placeId: placeIdSchema.optional(),
  organisationId: z.uuid().optional(),
  active: booleanQuerySchema.optional(),
  ...pageQuery(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userListSchema = z.object({ items: z.array(userSchema), total: z.number().int() });

export const createUserSchema = z
  .object({
    username: userFields.username,
    fullName: userFields.fullName,
    role: userFields.role,
    organisationId: userFields.organisationId.nullable().optional(),
    jurisdictionId: userFields.jurisdictionId,
    supervisorId: userFields.supervisorId.nullable().optional(),
    trainingCompletedOn: userFields.trainingCompletedOn.nullable().optional(),
    phone: userFields.phone.nullable().optional(),
    email: userFields.email.nullable().optional(),
    language: userFields.language,
    profession: userFields.profession.nullable().optional().meta({ description: 'Caseworkers and supervisors only (cpwo, cso_caseworker, supervisor)' }),
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Any field of the create body but the username, which never changes; null clears an optional field. */
export const updateUserSchema = z
  .object({
    fullName: userFields.fullName.optional(),
    role: userFields.role.optional(),
    organisationId: userFields.organisationId.nullable().optional(),
    jurisdictionId: userFields.jurisdictionId.optional(),
    supervisorId: userFields.supervisorId.nullable().optional(),
    trainingCompletedOn: userFields.trainingCompletedOn.nullable().optional(),
    phone: userFields.phone.nullable().optional(),
    email: userFields.email.nullable().optional(),
    language: userFields.language.optional(),
    profession: userFields.profession.nullable().optional().meta({ description: 'Caseworkers and supervisors only (cpwo, cso_caseworker, supervisor)' }),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

const delivery = z
  .enum(['sms', 'sms_refused', 'shown'])
  .describe(
    "'sms': texted to the user's phone on record and not shown here; 'sms_refused': the phone's SMS budget was spent, nothing sent (reset later); 'shown': no phone on record, hand it over in person",
  );
const oneTimePassword = z.string().nullable().describe("the one-time password, only when delivery is 'shown'");
export const createdUserSchema = z.object({ user: userSchema, oneTimePassword, delivery });
export const oneTimePasswordSchema = z.object({ oneTimePassword, delivery });

export const importUsersSchema = z.object({ csv: z.string().min(1) }).strict();
export const importedUsersSchema = z.object({
  created: z.array(z.object({ row: z.number().int(), username: z.string(), oneTimePassword, delivery })),
});
