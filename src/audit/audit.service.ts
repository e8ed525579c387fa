import type { Actor } from '../access/actor.js';
import { can } from '../access/policy.js';
import type { AppContext } from '../context.js';
import { forbidden } from '../errors/app-error.js';
import { appendAudit, appendAuditAlone, findAuditEvents } from './audit.repository.js';
import type { AuditQuery } from './audit.schemas.js';
import { formatAuditHead, parseAuditHead, readAuditHead } from './audit-head.js';
import { verifyAuditChain } from './audit-verify.js';

// Reading the audit is itself audited, and so is a refused attempt: the trail
// shows who looked at whose actions.

async function assertCanReadAudit(ctx: AppContext, actor: Actor, action: string): Promise<void> {
  if (can(actor, 'audit:read')) return;
  await appendAuditAlone(ctx.database.db, actor, { action, entityType: 'audit', outcome: 'denied' }, ctx.clock.now());
  throw forbidden();
}

export async function listAuditEvents(ctx: AppContext, actor: Actor, query: AuditQuery) {
  await assertCanReadAudit(ctx, actor, 'audit.read');
  const { limit, ...filters } = query;
  const page = await ctx.database.db.transaction().execute(async (trx) => {
    const found = await findAuditEvents(trx, {
      ...filters,
      from: filters.from === undefined ? undefined : new Date(filters.from),
      to: filters.to === undefined ? undefined : new Date(filters.to),
      limit,
    });
    // The filters are ids, codes and times: no names, nothing personal.
    await appendAudit(trx, actor, { action: 'audit.read', entityType: 'audit', details: { filters, limit } }, ctx.clock.now());
    return found;
  });
  return {
    items: page.items.map((r) => ({
      seq: Number(r.seq),
      at: new Date(r.at).toISOString(),
      actor: r.actorId && r.username !== null && r.fullName !== null ? { id: r.actorId, username: r.username, fullName: r.fullName } : null,
      actorRole: r.actorRole,
      ip: r.ip,
      requestId: r.requestId,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      fields: r.fields,
      outcome: r.outcome,
      details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : (r.details ?? {}),
    })),
    nextBefore: page.nextBefore,
  };
}

export async function verifyAudit(ctx: AppContext, actor: Actor, query: { head?: string } = {}) {
  await assertCanReadAudit(ctx, actor, 'audit.verify');
  const head = query.head === undefined ? undefined : parseAuditHead(query.head);
  const report = await verifyAuditChain(ctx.database.db, ctx.auditKey, { head });
  await appendAuditAlone(
    ctx.database.db,
    actor,
    { action: 'audit.verify', entityType: 'audit', details: { ok: report.ok, checked: report.checked, problemSeq: report.firstProblem?.seq } },
    ctx.clock.now(),
  );
  return report;
}

/** The newest seal, for a copy kept outside Rinda (e.g. by NCDA); reading it is audited. */
export async function auditChainHead(ctx: AppContext, actor: Actor) {
  await assertCanReadAudit(ctx, actor, 'audit.head');
  const head = await readAuditHead(ctx.database.db, ctx.auditKey);
  await appendAuditAlone(ctx.database.db, actor, { action: 'audit.head', entityType: 'audit', details: { position: head?.position ?? 0 } }, ctx.clock.now());
  return head
    ? { position: head.position, seq: head.seq, hash: head.hash, at: head.at?.toISOString() ?? null, head: formatAuditHead(head) }
    : { position: 0, seq: null, hash: null, at: null, head: null };
}
