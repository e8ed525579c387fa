import { sql, type Transaction } from 'kysely';
import type { AuditActor } from '../access/actor.js';
import { appendAudit, appendAuditAlone } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { RetentionKind } from '../db/tables/retention.js';
import { insertNotifications } from '../notifications/notification.repository.js';
import { cpwosOf, usersByIds } from '../notifications/recipients.repository.js';
import { startWorker, type BackgroundWorker } from '../workers/background-worker.js';
import { rulesInForce, type RetentionRule } from './retention-rules.js';
import {
  attachmentsDue,
  changedRules,
  countAttachmentsDue,
  countAuditPastPeriod,
  countNonVenaIdentityDue,
  countPaperFilesDue,
  countReporterPhoneDue,
  finishRun,
  minimiseReportIdentity,
  nonVenaIdentityDue,
  paperFilesDue,
  recordActions,
  removeAttachmentContent,
  removeReporterPhone,
  reporterPhoneDue,
  startRun,
  type Candidate,
} from './retention.repository.js';

// Applying the retention rules. Each rule finds the records whose period has
// passed and that nothing keeps (restriction, a hold, an open case or
// referral), changes them in batches, and records every change in the run's
// record (retention_actions) and in the audit, in the same transaction. The
// changes are guarded (only what is not yet done is done), so a second run,
// or a run on another server at the same moment, changes nothing more. A dry
// run finds the same records and changes nothing.

const DAY = 86_400_000;
const BATCH = 500;
const DRY_RUN_ITEMS = 200;
/** One retention run at a time across the servers (pg_advisory_xact_lock, per batch). */
const RETENTION_LOCK = 727_006;
export const SYSTEM_ACTOR: AuditActor = { id: null, role: null, ip: null, requestId: null };

type Step = {
  entityType: 'incident_report' | 'case_attachment' | 'child';
  action: string;
  fields: string[];
  due(db: Db, cutoff: Date, limit: number): Promise<Candidate[]>;
  count(db: Db, cutoff: Date): Promise<number>;
  /** Changes the records (guarded); returns those changed. */
  apply(trx: Transaction<DB>, candidates: Candidate[], at: Date): Promise<string[]>;
};

const STEPS: Record<Exclude<RetentionKind, 'audit'>, Step> = {
  report_identity_non_vena: {
    entityType: 'incident_report',
    action: 'identity_pseudonymised',
    fields: ['childName', 'childDescription', 'reporterName', 'reporterPhone'],
    due: nonVenaIdentityDue,
    count: countNonVenaIdentityDue,
    apply: (trx, c, at) =>
      minimiseReportIdentity(
        trx,
        c.map((x) => x.id),
        at,
      ),
  },
  reporter_phone: {
    entityType: 'incident_report',
    action: 'reporter_phone_removed',
    fields: ['reporterPhone'],
    due: reporterPhoneDue,
    count: countReporterPhoneDue,
    apply: (trx, c, at) =>
      removeReporterPhone(
        trx,
        c.map((x) => x.id),
        at,
      ),
  },
  closed_case_attachments: {
    entityType: 'case_attachment',
    action: 'content_removed',
    fields: ['file'],
    due: attachmentsDue,
    count: countAttachmentsDue,
    apply: (trx, c, at) =>
      removeAttachmentContent(
        trx,
        c.map((x) => x.id),
        at,
      ),
  },
  paper_files: {
    entityType: 'child',
    action: 'holder_reminded',
    fields: [],
    due: paperFilesDue,
    count: countPaperFilesDue,
    apply: remindPaperFileHolders,
  },
};

/** The paper file has been kept its minimum: whoever holds it (else the district's CPWOs) hears so; the register keeps the file. */
async function remindPaperFileHolders(trx: Transaction<DB>, candidates: Candidate[], at: Date): Promise<string[]> {
  for (const c of candidates as (Candidate & { placeId: string; holderUserId: string | null })[]) {
    const holder = c.holderUserId ? await usersByIds(trx, [c.holderUserId]) : [];
    const to = holder.length > 0 ? holder : await cpwosOf(trx, c.placeId);
    await insertNotifications(
      trx,
      to.map((u) => ({
        userId: u.id,
        kind: 'retention.paper_file',
        messageKey: 'notifications.retention_paper_file',
        params: { childCode: c.label },
      })),
      at,
    );
  }
  return candidates.map((c) => c.id);
}

export type RetentionItem = { rule: RetentionKind; entityType: string; entityId: string; label: string; action: string };
export type RetentionRunResult = { runId: string; at: Date; counts: Record<string, number>; items: RetentionItem[] };

export async function rulesNow(ctx: AppContext): Promise<RetentionRule[]> {
  return rulesInForce(await changedRules(ctx.database.db));
}

const cutoffOf = (rule: RetentionRule, now: Date) => new Date(now.getTime() - rule.periodDays * DAY);

/**
 * Applies the rules in force (or, dry, lists what they would change). `actor`:
 * who asked (null: the background worker). Every change is in the run's record
 * and the audit; the run itself is audited with its counts.
 */
export async function runRetention(ctx: AppContext, opts: { dryRun: boolean; actor?: AuditActor & { id: string | null } }): Promise<RetentionRunResult> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const actor = opts.actor ?? SYSTEM_ACTOR;
  const rules = await rulesNow(ctx);
  const runId = await startRun(db, opts.dryRun, actor.id, now);
  const counts: Record<string, number> = {};
  const items: RetentionItem[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const cutoff = cutoffOf(rule, now);
    if (rule.kind === 'audit') {
      // The audit is sealed in a hash chain: never deleted here; what is past the period is counted for archiving.
      counts.audit = await countAuditPastPeriod(db, cutoff);
      continue;
    }
    const step = STEPS[rule.kind];
    if (opts.dryRun) {
      counts[rule.kind] = await step.count(db, cutoff);
      const due = await step.due(db, cutoff, DRY_RUN_ITEMS);
      items.push(...due.map((c) => ({ rule: rule.kind, entityType: step.entityType, entityId: c.id, label: c.label, action: step.action })));
      continue;
    }
    counts[rule.kind] = await applyStep(ctx, rule.kind, step, cutoff, runId, actor, now);
  }
  await finishRun(db, runId, counts, ctx.clock.now());
  await appendAuditAlone(
    db,
    actor,
    { action: opts.dryRun ? 'retention.dry_run' : 'retention.run', entityType: 'retention_run', entityId: runId, details: { counts } },
    now,
  );
  return { runId, at: now, counts, items };
}

async function applyStep(ctx: AppContext, kind: RetentionKind, step: Step, cutoff: Date, runId: string, actor: AuditActor, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const changed = await ctx.database.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${RETENTION_LOCK})`.execute(trx);
      const due = await step.due(trx, cutoff, BATCH);
      const done = await step.apply(trx, due, now);
      await recordActions(trx, runId, kind, step.entityType, done, step.action, now);
      for (const id of done) {
        await appendAudit(
          trx,
          actor,
          { action: `retention.${step.action}`, entityType: step.entityType, entityId: id, fields: step.fields, details: { rule: kind, runId } },
          now,
        );
      }
      return { due: due.length, done: done.length };
    });
    total += changed.done;
    // A short batch was the last; a batch that changed nothing would find the same records again.
    if (changed.due < BATCH || changed.done === 0) return total;
  }
}

/** The background worker: applies the rules every RINDA_RETENTION_INTERVAL_MS (safe on every server at once: see runRetention). */
export function startRetentionWorker(ctx: AppContext, onError: (err: unknown) => void): BackgroundWorker {
  return startWorker({ name: 'retention', everyMs: ctx.config.retentionIntervalMs, run: () => runRetention(ctx, { dryRun: false }), onError });
}
