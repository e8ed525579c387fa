import QRCode from 'qrcode';
import type { Actor } from '../access/actor.js';
import { appendAudit, appendAuditAlone } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { unauthenticated } from '../errors/app-error.js';
import { invalidCode, totpAlreadyEnabled, totpEnrolmentNotStarted } from './auth-errors.js';
import { enableTotp, findCredentialsById, startTotpEnrolment } from './auth.repository.js';
import { rotateSession } from './session.repository.js';
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, openTotpSecret, otpauthUrl, sealTotpSecret } from './totp-code.js';

// Setting up the TOTP second factor: enrol (a new secret, shown once as text
// and QR code), then confirm with a code from the app, which enables it and
// gives the recovery codes. Resetting a user's TOTP is an administrator's task.

export async function enrolTotp(ctx: AppContext, actor: Actor) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const user = await findCredentialsById(db, actor.id);
  if (!user) throw unauthenticated();
  // Replacing a working secret here would let a stolen session take over the second factor.
  if (user.totpEnabled) throw totpAlreadyEnabled();
  const secret = newTotpSecret();
  await db.transaction().execute(async (trx) => {
    await startTotpEnrolment(trx, actor.id, sealTotpSecret(ctx.secretKey, actor.id, secret), now);
    await appendAudit(trx, actor, { action: 'auth.totp_enrol', entityType: 'user', entityId: actor.id, fields: ['totp_secret'] }, now);
  });
  const url = otpauthUrl(secret, user.username);
  return { secret, otpauthUrl: url, qrDataUrl: await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2 }) };
}

export async function confirmTotp(ctx: AppContext, actor: Actor, code: string): Promise<{ recoveryCodes: string[]; token: string; csrfToken: string }> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const user = await findCredentialsById(db, actor.id);
  if (!user) throw unauthenticated();
  if (user.totpEnabled) throw totpAlreadyEnabled();
  if (!user.totpSecret) throw totpEnrolmentNotStarted();
  const confirmAudit = { action: 'auth.totp_confirm', entityType: 'user', entityId: actor.id } as const;

  const step = matchTotpStep(openTotpSecret(ctx.secretKey, actor.id, user.totpSecret), code, now);
  if (step === null) {
    await appendAuditAlone(db, actor, { ...confirmAudit, outcome: 'failure', details: { reason: 'wrong_code' } }, now);
    throw invalidCode('body.code');
  }
  const recoveryCodes = newRecoveryCodes();
  return db.transaction().execute(async (trx) => {
    // The confirming code's step is recorded, so the same code cannot also pass a sign-in.
    await enableTotp(trx, actor.id, step, recoveryCodes.map(hashRecoveryCode), now);
    // The session now has its second factor: it goes on under a new token and CSRF token.
    const rotated = await rotateSession(trx, actor.sessionId, { stage: 'active', now });
    if (!rotated) throw unauthenticated();
    await appendAudit(trx, actor, { ...confirmAudit, fields: ['totp_enabled', 'recovery_codes'] }, now);
    return { recoveryCodes, token: rotated.token, csrfToken: rotated.csrfToken };
  });
}
