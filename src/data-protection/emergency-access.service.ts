import type { Actor } from '../access/actor.js';
import { assertCanCase, canCase, emergencyGrantFor } from '../access/case-access.js';
import { assertCan } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { conflict, notFound } from '../errors/app-error.js';
import { insertNotifications } from '../notifications/notification.repository.js';
import { findCaseInScope } from '../cases/case.repository.js';
import type { BreakGlassInput } from './emergency-access.schemas.js';
import {
  caseForEmergency,
  closeEmergencyReview,
  emergencyWitnesses,
  findEmergencyAccess,
  insertEmergencyAccess,
  listEmergencyAccess,
} from './emergency-access.repository.js';

// Break the glass (Law 058/2021 Art. 9: no consent is needed to protect the
// child's vital interest): a professional opens a case outside their scope
// with a written reason, for a limited time; the case's supervisor and the
// data protection officer hear at once; the access stays on the officer's
// review list until a finding closes it. The grant widens the actor's case
// scope for that case only (src/access/case-access.ts caseScope), read-only
// unless the reason is to act to protect the child and the role does casework.

export async function breakGlass(ctx: AppContext, actor: Actor, caseId: string, input: BreakGlassInput) {
  assertCanCase(actor, 'case:break_glass');
  const now = ctx.clock.now();
  const { db } = ctx.database;
  return db.transaction().execute(async (trx) => {
    const kase = await caseForEmergency(trx, caseId);
    if (!kase) throw notFound('case');
    if (emergencyGrantFor(actor, caseId)) throw conflict('You already hold an emergency access to this case', 'errors.emergency_already_open');
    if (await findCaseInScope(trx, actor, caseId)) throw conflict('The case is in your scope already; open it as usual', 'errors.emergency_not_needed');
    const allowsWork = input.purpose === 'act_to_protect' && canCase({ role: actor.role }, 'case:work');
    const expiresAt = new Date(now.getTime() + ctx.config.emergencyAccessMinutes * 60_000);
    const { id } = await insertEmergencyAccess(trx, {
      caseId,
      userId: actor.id,
      reason: input.reason,
      purpose: input.purpose,
      allowsWork,
      openedAt: now,
      expiresAt,
    });
    const witnesses = (await emergencyWitnesses(trx, kase)).filter((u) => u !== actor.id);
    await insertNotifications(
      trx,
      witnesses.map((userId) => ({
        userId,
        kind: 'emergency_access.opened',
        messageKey: 'notifications.emergency_access_opened',
        params: { caseCode: kase.caseCode, role: actor.role, until: expiresAt.toISOString() },
        caseId,
      })),
      now,
    );
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.emergency_access',
        entityType: 'case',
        entityId: caseId,
        fields: ['emergencyAccess'],
        details: { emergencyAccessId: id, purpose: input.purpose, allowsWork, expiresAt: expiresAt.toISOString(), notified: witnesses.length },
      },
      now,
    );
    return { id, caseId, allowsWork, expiresAt: expiresAt.toISOString() };
  });
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

type ReviewRow = Awaited<ReturnType<typeof findEmergencyAccess>> & object;
const reviewView = (r: ReviewRow) => ({
  id: r.id,
  caseId: r.caseId,
  caseCode: r.caseCode,
  districtId: r.districtId,
  user: { id: r.userId, fullName: r.userName, role: r.userRole },
  reason: r.reason,
  purpose: r.purpose,
  allowsWork: r.allowsWork,
  openedAt: iso(r.openedAt)!,
  expiresAt: iso(r.expiresAt)!,
  actions: r.actions,
  finding: r.finding,
  reviewedAt: iso(r.reviewedAt),
  reviewedBy: r.reviewedByName,
});

export async function emergencyReviewList(ctx: AppContext, actor: Actor, open: boolean) {
  assertCan(actor, 'emergency_access:review');
  const rows = await listEmergencyAccess(ctx.database.db, actor, open);
  return { items: rows.map(reviewView) };
}

export async function closeEmergencyAccess(ctx: AppContext, actor: Actor, id: string, finding: string) {
  assertCan(actor, 'emergency_access:review');
  const now = ctx.clock.now();
  const { db } = ctx.database;
  await db.transaction().execute(async (trx) => {
    const row = await findEmergencyAccess(trx, actor, id);
    if (!row) throw notFound('emergency access');
    if (!(await closeEmergencyReview(trx, id, finding, actor.id, now)))
      throw conflict('This access has been reviewed already', 'errors.emergency_already_reviewed');
    await appendAudit(
      trx,
      actor,
      { action: 'emergency_access.review', entityType: 'case', entityId: row.caseId, fields: ['finding'], details: { emergencyAccessId: id } },
      now,
    );
  });
  const row = await findEmergencyAccess(db, actor, id);
  return reviewView(row!);
}
