import { z } from 'zod';
import { LANGUAGES, ROLES } from '../people/people-vocabulary.js';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';

const password = z.string().max(PASSWORD_MAX_LENGTH);

export const signInBody = z
  .object({
    username: z.string().trim().min(1).max(100),
    password: password.min(1),
  })
  .strict();

export const stageResponse = z.object({
  stage: z.enum(['mfa', 'active']).describe("'mfa': send a code to /auth/verify-totp next"),
  csrfToken: z.string().describe('send it in the x-csrf-token header of every POST, PATCH, PUT and DELETE'),
});

export const verifySecondFactorBody = z.union([
  z.object({ code: z.string().trim().min(1).max(20).describe('6 digits from the authenticator app') }).strict(),
  z.object({ recoveryCode: z.string().trim().min(1).max(40).describe('one of the recovery codes, usable once') }).strict(),
]);

export const activeResponse = z.object({ stage: z.literal('active'), csrfToken: z.string() });

export const meResponse = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES),
  organisationId: z.string().nullable(),
  jurisdiction: z.object({ id: z.string(), name: z.string(), level: z.number().int() }),
  csrfToken: z.string(),
  pendingPasswordChange: z.boolean().describe('the password must be changed before anything else'),
  pendingMfaEnrolment: z.boolean().describe('two-step verification must be set up before anything else'),
  mfaRequired: z.boolean().describe("the user's role must use two-step verification"),
  totpEnabled: z.boolean(),
  permissions: z.array(z.string()),
  caseActions: z.array(z.string()).describe('what the role may do with reports and cases (src/access/case-access.ts)'),
});

export const updateMeBody = z.object({ language: z.enum(['rw', 'en', 'fr']) }).strict();

export const changePasswordBody = z
  .object({
    currentPassword: password.min(1),
    newPassword: password,
  })
  .strict();

export const enrolResponse = z.object({
  secret: z.string().describe('base32, for typing into the app by hand'),
  otpauthUrl: z.string(),
  qrDataUrl: z.string().describe('a PNG data: URL of the QR code of otpauthUrl'),
});

export const confirmTotpBody = z.object({ code: z.string().trim().min(1).max(20) }).strict();

export const confirmTotpResponse = z.object({
  recoveryCodes: z.array(z.string()).describe('shown once; each signs in once when the phone is not at hand'),
  csrfToken: z.string().describe("the session's new CSRF token (the session cookie is replaced too)"),
});

export const changePasswordResponse = z.object({
  csrfToken: z.string().describe("the session's new CSRF token (the session cookie is replaced too)"),
});

export const sessionsResponse = z.object({
  sessions: z.array(
    z.object({
      current: z.boolean(),
      stage: z.enum(['mfa', 'active']),
      createdAt: z.string(),
      lastSeenAt: z.string(),
      userAgent: z.string().nullable(),
    }),
  ),
});

export const noContent = z.null().describe('No content');
