import { randomBytes } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { addDays, endOfLocalDay, localDateOf } from '../deadlines/local-time.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import type { DpDecision, DpRequestView, NewDpRequest } from './dp-request.schemas.js';
import {
  erasureBlock,
  findDpRequest,
  findSubjectByCode,
  findSubjectChild,
  householdMemberOf,
  insertDpRequest,
  listDpRequests,
  rectificationHistory,
  recordDecision,
  recordExecution,
  type DpRequestRow,
} from './dp-request.repository.js';
import { RECTIFIABLE_FIELDS } from './dp-vocabulary.js';
import { executeRight, rectificationProblem } from './dp-execution.service.js';

// The requests register (Law 058/2021 Arts 18–23): a request is recorded
// with who asked, on whose behalf and the identity check done; it is due
// within RINDA_DP_REQUEST_DAYS (its deadline escalates); it is decided with a
// legal reason, then executed. Every read and change is audited.

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function findSubject(ctx: AppContext, actor: Actor, childCode: string) {
  assertCan(actor, 'dp_request:manage');
  const { db } = ctx.database;
  const found = await findSubjectByCode(db, actor, childCode);
  if (!found) throw notFound('child');
  const { child, household } = found;
  await db
    .transaction()
    .execute((trx) =>
      appendAudit(
        trx,
        actor,
        { action: 'dp.subject_lookup', entityType: 'child', entityId: child.id, fields: ['child.identity', 'household.names'] },
        ctx.clock.now(),
      ),
    );
  return {
    childId: child.id,
    childCode: child.child_code,
    childName: [child.given_name, child.family_name].filter(Boolean).join(' '),
    districtId: child.district_id,
    restricted: child.restricted,
    household: household.map((m) => ({ id: m.id, fullName: m.full_name, relationship: m.relationship, isCaregiver: m.is_caregiver })),
  };
}

export async function recordRequest(ctx: AppContext, actor: Actor, input: NewDpRequest): Promise<DpRequestView> {
  assertCan(actor, 'dp_request:manage');
  const now = ctx.clock.now();
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime()) throw invalidField('body.receivedAt', 'must not be in the future', 'errors.date_in_future');
  const subjectKind = input.householdMemberId ? 'household_member' : 'child';
  if (input.right === 'rectification') {
    if (!input.changes) throw invalidField('body.changes', 'a rectification names the corrections asked for', 'errors.required');
    const allowed: readonly string[] = RECTIFIABLE_FIELDS[subjectKind];
    const wrong = input.changes.findIndex((c) => !allowed.includes(c.field));
    if (wrong >= 0) throw invalidField(`body.changes.${wrong}.field`, `not a field of a ${subjectKind}'s record`, 'errors.dp_field_not_rectifiable');
    const bad = input.changes.findIndex((c) => rectificationProblem(c));
    if (bad >= 0) throw invalidField(`body.changes.${bad}.value`, `not a valid ${input.changes[bad]!.field}`, 'errors.dp_rectification_invalid');
  } else if (input.changes) throw invalidField('body.changes', 'only a rectification carries changes', 'errors.dp_changes_not_allowed');
  const { db } = ctx.database;
  const id = await db.transaction().execute(async (trx) => {
    const child = await findSubjectChild(trx, actor, input.childId);
    if (!child) throw notFound('child');
    if (input.householdMemberId && !(await householdMemberOf(trx, child.id, input.householdMemberId))) throw notFound('household member');
    const dueAt = endOfLocalDay(addDays(localDateOf(receivedAt, ctx.config.timeZone), ctx.config.dpRequestDays), ctx.config.timeZone);
    const reference = `DP-${localDateOf(now, ctx.config.timeZone).slice(0, 4)}-${randomBytes(4).toString('hex').toUpperCase()}`;
    const newId = await insertDpRequest(
      trx,
      {
        reference,
        districtId: child.district_id,
        childId: child.id,
        householdMemberId: input.householdMemberId ?? null,
        right: input.right,
        requesterName: input.requesterName,
        requesterRelationship: input.requesterRelationship,
        identityCheck: input.identityCheck,
        details: input.details ?? null,
        changes: input.changes ?? null,
        receivedAt,
        dueAt,
        recordedBy: actor.id,
      },
      now,
    );
    await appendAudit(
      trx,
      actor,
      {
        action: 'dp_request.record',
        entityType: 'child',
        entityId: child.id,
        fields: ['dpRequest'],
        details: { requestId: newId, right: input.right, subject: subjectKind },
      },
      now,
    );
    return newId;
  });
  return getRequest(ctx, actor, id);
}

async function requestView(ctx: AppContext, row: DpRequestRow): Promise<DpRequestView> {
  const { db } = ctx.database;
  const subjectKind = row.householdMemberId ? 'household_member' : 'child';
  const now = ctx.clock.now();
  return {
    id: row.id,
    reference: row.reference,
    districtId: row.districtId,
    childId: row.childId,
    childCode: row.childCode,
    subject: {
      kind: subjectKind,
      householdMemberId: row.householdMemberId,
      name: row.householdMemberId ? (row.memberName ?? '') : [row.childGivenName, row.childFamilyName].filter(Boolean).join(' '),
      relationship: row.memberRelationship,
    },
    right: row.right,
    requesterName: row.requesterName,
    requesterRelationship: row.requesterRelationship,
    identityCheck: row.identityCheck,
    details: row.details,
    changes: (row.rectification as DpRequestView['changes']) ?? null,
    receivedAt: iso(row.receivedAt)!,
    dueAt: iso(row.dueAt)!,
    overdue: row.status === 'open' || row.status === 'granted' ? new Date(row.dueAt).getTime() < now.getTime() : false,
    status: row.status,
    recordedBy: row.recordedBy,
    decisionReason: row.decisionReason,
    decidedAt: iso(row.decidedAt),
    decidedBy: row.decidedBy,
    executedAt: iso(row.executedAt),
    executedBy: row.executedBy,
    execution: row.execution,
    erasureBlock: row.right === 'erasure' ? await erasureBlock(db, row.childId, subjectKind) : null,
    subjectRestricted: row.subjectRestricted,
    history: (await rectificationHistory(db, row.id)).map((h) => ({ ...h, at: iso(h.at)! })),
  };
}

export async function getRequest(ctx: AppContext, actor: Actor, id: string): Promise<DpRequestView> {
  assertCan(actor, 'dp_request:read');
  const { db } = ctx.database;
  const row = await findDpRequest(db, actor, id);
  if (!row) throw notFound('request');
  await db
    .transaction()
    .execute((trx) =>
      appendAudit(
        trx,
        actor,
        { action: 'dp_request.read', entityType: 'child', entityId: row.childId, fields: ['dpRequest'], details: { requestId: id } },
        ctx.clock.now(),
      ),
    );
  return requestView(ctx, row);
}

export async function listRequests(ctx: AppContext, actor: Actor, query: { status?: string; page: number; pageSize: number }) {
  assertCan(actor, 'dp_request:read');
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const { items, total } = await listDpRequests(db, actor, query);
  await db
    .transaction()
    .execute((trx) =>
      appendListAudit(trx, actor, { action: 'dp_request.list', entityType: 'dp_request', ids: items.map((i) => i.id), fields: ['requesterName'] }, now),
    );
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: items.map((r) => ({
      ...r,
      receivedAt: iso(r.receivedAt)!,
      dueAt: iso(r.dueAt)!,
      overdue: (r.status === 'open' || r.status === 'granted') && new Date(r.dueAt).getTime() < now.getTime(),
    })),
  };
}

export async function decideRequest(ctx: AppContext, actor: Actor, id: string, input: DpDecision): Promise<DpRequestView> {
  assertCan(actor, 'dp_request:manage');
  const now = ctx.clock.now();
  const { db } = ctx.database;
  await db.transaction().execute(async (trx) => {
    const row = await findDpRequest(trx, actor, id, true);
    if (!row) throw notFound('request');
    if (row.status !== 'open') throw conflict(`The request is ${row.status}; it was decided already`, 'errors.dp_request_decided', { status: row.status });
    if (input.outcome === 'granted' && row.right === 'erasure') {
      // The law allows erasure only where the record need not be kept.
      const block = await erasureBlock(trx, row.childId, row.householdMemberId ? 'household_member' : 'child');
      if (block) throw conflict(`The record must be kept (${block}): record the refusal with this reason`, 'errors.dp_erasure_refused', { reason: block });
    }
    await recordDecision(trx, id, input.outcome, input.legalReason, actor.id, now);
    await appendAudit(
      trx,
      actor,
      {
        action: 'dp_request.decide',
        entityType: 'child',
        entityId: row.childId,
        fields: ['decision'],
        details: { requestId: id, outcome: input.outcome, right: row.right },
      },
      now,
    );
  });
  return getRequest(ctx, actor, id);
}

export async function executeRequest(ctx: AppContext, actor: Actor, id: string, note: string | undefined): Promise<DpRequestView> {
  assertCan(actor, 'dp_request:manage');
  const now = ctx.clock.now();
  const { db } = ctx.database;
  await db.transaction().execute(async (trx) => {
    const row = await findDpRequest(trx, actor, id, true);
    if (!row) throw notFound('request');
    if (row.status !== 'granted')
      throw conflict(`The request is ${row.status}; only a granted request is executed`, 'errors.dp_request_not_granted', { status: row.status });
    const execution = await executeRight(trx, actor, row, now);
    await recordExecution(trx, id, { ...execution, ...(note ? { note } : {}) }, actor.id, now);
    await appendAudit(
      trx,
      actor,
      {
        action: 'dp_request.execute',
        entityType: 'child',
        entityId: row.childId,
        fields: execution.fields,
        details: { requestId: id, right: row.right, subject: row.householdMemberId ? 'household_member' : 'child' },
      },
      now,
    );
  });
  return getRequest(ctx, actor, id);
}

export type { DpRequestRow };
