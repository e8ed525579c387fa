import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors/app-error.js';
import {
  addressEntries,
  addressUsers,
  childEntries,
  childOfCase,
  childReaders,
  childRecordIds,
  childrenOfRecords,
  userEntries,
  userSummary,
  type EntryRow,
} from './breach-queries.repository.js';
import type { AccessEntry, AddressReadsQuery, ChildReadsQuery, UserReadsQuery } from './breach-queries.schemas.js';

// Answers for a breach, from the audit (Law N° 058/2021 Arts 43–44: NCSA must
// hear within 48 hours whom a breach concerns). Only the data protection
// officer asks them; each question is itself audited, with ids and times only.

const person = (r: { actorId: string | null; username: string | null; fullName: string | null }) =>
  r.actorId && r.username !== null && r.fullName !== null ? { id: r.actorId, username: r.username, fullName: r.fullName } : null;

const periodOf = (q: { from?: string; to?: string; before?: number; limit: number }) => ({
  from: q.from === undefined ? undefined : new Date(q.from),
  to: q.to === undefined ? undefined : new Date(q.to),
  before: q.before,
  limit: q.limit,
});

async function toEntries(ctx: AppContext, rows: EntryRow[]): Promise<AccessEntry[]> {
  const children = await childrenOfRecords(ctx.database.db, rows);
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: new Date(r.at).toISOString(),
    actor: person(r),
    actorRole: r.actorRole,
    ip: r.ip,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    childId: (r.entityId && children.get(r.entityId)) ?? null,
    fields: r.fields,
    listed: Number(r.listed),
    outcome: r.outcome,
  }));
}

/** Every read and change of a child's records (the child, cases, reports, referrals, visit tasks), and every list that showed one. */
export async function whoSawChild(ctx: AppContext, actor: Actor, query: ChildReadsQuery) {
  assertCan(actor, 'breach:investigate');
  const { db } = ctx.database;
  const childId = query.childId ?? (await childOfCase(db, query.caseId!));
  const records = childId ? await childRecordIds(db, childId) : null;
  if (!childId || !records) throw notFound('child');
  const period = periodOf(query);
  const [found, readers] = await Promise.all([childEntries(db, records.ids, period), childReaders(db, records.ids, period)]);
  await db.transaction().execute((trx) =>
    appendAudit(
      trx,
      actor,
      {
        action: 'breach.child_reads',
        entityType: 'child',
        entityId: childId,
        details: { caseId: query.caseId, from: query.from, to: query.to, before: query.before },
      },
      ctx.clock.now(),
    ),
  );
  return {
    child: { id: childId, childCode: records.childCode },
    records: records.ids.length,
    readers: readers.map((r) => ({ actor: person(r), actorRole: r.actorRole, entries: Number(r.entries), last: new Date(r.last as Date).toISOString() })),
    items: await toEntries(ctx, found.items),
    nextBefore: found.nextBefore,
  };
}

/** What one user read and changed in a period: every record, every field group. */
export async function whatUserSaw(ctx: AppContext, actor: Actor, query: UserReadsQuery) {
  assertCan(actor, 'breach:investigate');
  const { db } = ctx.database;
  const user = await db.selectFrom('users').select(['id', 'username', 'full_name', 'role']).where('id', '=', query.userId).executeTakeFirst();
  if (!user) throw notFound('user');
  const period = periodOf(query);
  const [found, summary] = await Promise.all([userEntries(db, user.id, period), userSummary(db, user.id, period)]);
  await db
    .transaction()
    .execute((trx) =>
      appendAudit(
        trx,
        actor,
        { action: 'breach.user_reads', entityType: 'user', entityId: user.id, details: { from: query.from, to: query.to, before: query.before } },
        ctx.clock.now(),
      ),
    );
  return {
    user: { id: user.id, username: user.username, fullName: user.full_name, role: user.role },
    entries: summary.entries,
    records: summary.records,
    listed: summary.listed,
    fieldGroups: summary.fieldGroups,
    items: await toEntries(ctx, found.items),
    nextBefore: found.nextBefore,
  };
}

/** Every record touched from one address, and by whom. */
export async function recordsFromAddress(ctx: AppContext, actor: Actor, query: AddressReadsQuery) {
  assertCan(actor, 'breach:investigate');
  const { db } = ctx.database;
  const period = periodOf(query);
  const [found, users] = await Promise.all([addressEntries(db, query.ip, period), addressUsers(db, query.ip, period)]);
  await db
    .transaction()
    .execute((trx) =>
      appendAudit(
        trx,
        actor,
        { action: 'breach.address_reads', entityType: 'audit', details: { ip: query.ip, from: query.from, to: query.to } },
        ctx.clock.now(),
      ),
    );
  return {
    ip: query.ip,
    entries: users.reduce((n, u) => n + Number(u.entries), 0),
    users: users.map((u) => ({ actor: person(u), entries: Number(u.entries) })),
    items: await toEntries(ctx, found.items),
    nextBefore: found.nextBefore,
  };
}
