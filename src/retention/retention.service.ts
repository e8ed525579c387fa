import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { RETENTION_RULES, ruleDefinition, rulesInForce } from './retention-rules.js';
import { runRetention } from './retention-run.service.js';
import {
  changedRules,
  countRunActions,
  findHold,
  findRun,
  insertHold,
  listHolds,
  listRuns,
  releaseHold,
  runActions,
  saveRule,
} from './retention.repository.js';
import type { NewHold, RetentionRuleChange } from './retention.schemas.js';

// Reading and changing the retention rules, running them (or a dry run), the
// record of what each run did, and the holds that keep a record out of every
// rule. All of it is the data protection officer's and the administrators'
// (retention:manage); nobody else.

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function listRetentionRules(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'retention:manage');
  const changed = await changedRules(ctx.database.db);
  const users = await nameOf(
    ctx,
    changed.map((c) => c.updated_by),
  );
  const inForce = rulesInForce(changed);
  return {
    items: RETENTION_RULES.map((d) => {
      const rule = inForce.find((r) => r.kind === d.kind)!;
      const c = changed.find((r) => r.kind === d.kind);
      return {
        kind: d.kind,
        record: d.record,
        action: d.action,
        from: d.from,
        enabled: rule.enabled,
        periodDays: rule.periodDays,
        minDays: d.minDays,
        defaultEnabled: d.enabled,
        defaultPeriodDays: d.periodDays,
        source: d.source,
        changedAt: c ? iso(c.updated_at) : null,
        changedBy: c ? (users.get(c.updated_by) ?? null) : null,
      };
    }),
  };
}

async function nameOf(ctx: AppContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await ctx.database.db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export async function changeRetentionRule(ctx: AppContext, actor: Actor, input: RetentionRuleChange) {
  assertCan(actor, 'retention:manage');
  const d = ruleDefinition(input.kind);
  if (input.periodDays < d.minDays) {
    throw invalidField('body.periodDays', `at least ${d.minDays} days for this rule`, 'errors.retention_period_too_short');
  }
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    const before = rulesInForce(await changedRules(trx)).find((r) => r.kind === input.kind)!;
    await saveRule(trx, input, actor.id, now);
    await appendAudit(
      trx,
      actor,
      {
        action: 'retention.rule.change',
        entityType: 'retention_rule',
        fields: ['enabled', 'periodDays'],
        details: {
          kind: input.kind,
          before: { enabled: before.enabled, periodDays: before.periodDays },
          after: { enabled: input.enabled, periodDays: input.periodDays },
        },
      },
      now,
    );
  });
  return listRetentionRules(ctx, actor);
}

const runView = (r: NonNullable<Awaited<ReturnType<typeof findRun>>>) => ({
  id: r.id,
  startedAt: new Date(r.started_at).toISOString(),
  finishedAt: iso(r.finished_at),
  dryRun: r.dry_run,
  actor: r.actor_name,
  counts: r.counts,
});

/** Lists what the rules would change now; changes nothing (the dry run is itself recorded, with its counts). */
export async function retentionDryRun(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'retention:manage');
  const r = await runRetention(ctx, { dryRun: true, actor });
  return { runId: r.runId, at: r.at.toISOString(), counts: r.counts, items: r.items };
}

/** Applies the rules now (as the worker does on its interval). */
export async function retentionRunNow(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'retention:manage');
  const r = await runRetention(ctx, { dryRun: false, actor });
  return getRetentionRun(ctx, actor, r.runId, { limit: 200, offset: 0 });
}

export async function listRetentionRuns(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'retention:manage');
  return { items: (await listRuns(ctx.database.db, 100)).map(runView) };
}

export async function getRetentionRun(ctx: AppContext, actor: Actor, id: string, page: { limit: number; offset: number }) {
  assertCan(actor, 'retention:manage');
  const { db } = ctx.database;
  const run = await findRun(db, id);
  if (!run) throw notFound('retention run');
  const actions = await runActions(db, id, page.limit, page.offset);
  return {
    ...runView(run),
    actions: actions.map((a) => ({
      rule: a.rule as never,
      entityType: a.entity_type,
      entityId: a.entity_id,
      action: a.action,
      at: new Date(a.at).toISOString(),
    })),
    totalActions: await countRunActions(db, id),
    ...page,
  };
}

const holdView = (h: NonNullable<Awaited<ReturnType<typeof findHold>>>) => ({
  id: h.id,
  childId: h.child_id,
  childCode: h.child_code,
  reportId: h.report_id,
  reportReference: h.report_reference,
  reason: h.reason,
  placedBy: h.placed_by_name,
  placedAt: new Date(h.placed_at).toISOString(),
  releasedAt: iso(h.released_at),
});

export async function listRetentionHolds(ctx: AppContext, actor: Actor, query: { active?: 'true' | 'false' }) {
  assertCan(actor, 'retention:manage');
  const rows = await listHolds(ctx.database.db, query.active === undefined ? undefined : query.active === 'true');
  return { items: rows.map(holdView) };
}

/** Keeps a child's records, or one report, out of every retention rule until released. */
export async function placeRetentionHold(ctx: AppContext, actor: Actor, input: NewHold) {
  assertCan(actor, 'retention:manage');
  if ((input.childId === undefined) === (input.reportId === undefined)) {
    throw invalidField(input.childId ? 'body.reportId' : 'body.childId', 'give the child or the report, one of them', 'errors.retention_hold_target');
  }
  const now = ctx.clock.now();
  const id = await ctx.database.db.transaction().execute(async (trx) => {
    if (input.childId && !(await trx.selectFrom('children').select('id').where('id', '=', input.childId).executeTakeFirst()))
      throw invalidField('body.childId', 'unknown child', 'errors.retention_unknown_record');
    if (input.reportId && !(await trx.selectFrom('incident_reports').select('id').where('id', '=', input.reportId).executeTakeFirst()))
      throw invalidField('body.reportId', 'unknown report', 'errors.retention_unknown_record');
    const holdId = await insertHold(trx, { childId: input.childId ?? null, reportId: input.reportId ?? null, reason: input.reason, by: actor.id, at: now });
    await appendAudit(
      trx,
      actor,
      {
        action: 'retention.hold.place',
        entityType: input.childId ? 'child' : 'incident_report',
        entityId: input.childId ?? input.reportId,
        fields: ['reason'],
        details: { holdId },
      },
      now,
    );
    return holdId;
  });
  return holdView((await findHold(ctx.database.db, id))!);
}

export async function releaseRetentionHold(ctx: AppContext, actor: Actor, id: string) {
  assertCan(actor, 'retention:manage');
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    const hold = await findHold(trx, id);
    if (!hold) throw notFound('retention hold');
    if (!(await releaseHold(trx, id, actor.id, now))) throw conflict('The hold is already released', 'errors.retention_hold_released');
    await appendAudit(
      trx,
      actor,
      {
        action: 'retention.hold.release',
        entityType: hold.child_id ? 'child' : 'incident_report',
        entityId: hold.child_id ?? hold.report_id!,
        details: { holdId: id },
      },
      now,
    );
  });
  return holdView((await findHold(ctx.database.db, id))!);
}
