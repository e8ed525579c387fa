import type { Actor } from '../access/actor.js';
import { assertMayManageFileAudit } from '../access/indicator-access.js';
import { assertCan } from '../access/policy.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { conflict, notFound } from '../errors/app-error.js';
import { scoreFile, type FileAuditAnswer, type FileAuditItemCode } from './file-audit-checklist.js';
import { drawSample, findAudit, findAuditByPeriod, findAuditItems, insertAudit, updateItemScore } from './file-audit.repository.js';
import type { DrawAuditInput, FileAudit, ScoreFileInput } from './indicator.schemas.js';
import { parsePeriod } from './period.js';

// File audit sampling (framework 7.4: "% of case files, based on a sample,
// assessed to meet national case management standards"). The district's CPWO
// or a supervisor draws a reproducible random sample of the district's files
// for a period, then scores each against the checklist; the scores and who
// scored are kept, and every read and write is audited.

/** The first day after the period, YYYY-MM-DD (Kigali). */
function periodEnd(label: string): string {
  const p = parsePeriod(label)!;
  const last = p.months[p.months.length - 1]!;
  const [y, m] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export async function drawFileAudit(ctx: AppContext, actor: Actor, input: DrawAuditInput): Promise<FileAudit> {
  assertMayManageFileAudit(actor, input.districtId);
  const seed = input.seed ?? `${input.districtId}:${input.period}`;
  const now = ctx.clock.now();
  const id = await ctx.database.db.transaction().execute(async (trx) => {
    if (await findAuditByPeriod(trx, input.districtId, input.period)) {
      throw conflict('A district has one file audit per period: score the one drawn', 'errors.conflict', { rule: 'one_audit_per_period' });
    }
    const caseIds = await drawSample(trx, { districtId: input.districtId, periodEnd: periodEnd(input.period), seed, size: input.sampleSize });
    const auditId = await insertAudit(trx, { ...input, seed, drawnBy: actor.id, drawnAt: now, caseIds });
    await appendListAudit(
      trx,
      actor,
      { action: 'file_audit.draw', entityType: 'case', ids: caseIds, fields: ['case_code'], details: { auditId, period: input.period } },
      now,
    );
    return auditId;
  });
  return readAudit(ctx, actor, id, false);
}

async function readAudit(ctx: AppContext, actor: Actor, id: string, audit: boolean): Promise<FileAudit> {
  assertCan(actor, 'file_audit:manage');
  const db = ctx.database.db;
  const a = await findAudit(db, id);
  if (!a) throw notFound('file audit');
  assertMayManageFileAudit(actor, a.district_id);
  const items = await findAuditItems(db, id);
  if (audit) {
    await db.transaction().execute((trx) =>
      appendListAudit(
        trx,
        actor,
        {
          action: 'file_audit.read',
          entityType: 'case',
          ids: items.map((i) => i.case_id),
          fields: ['case_code', 'file_audit_score'],
          details: { auditId: id },
        },
        ctx.clock.now(),
      ),
    );
  }
  return {
    id: a.id,
    districtId: a.district_id,
    period: a.period,
    seed: a.seed,
    sampleSize: a.sample_size,
    drawnBy: a.drawn_by,
    drawnAt: a.drawn_at.toISOString(),
    items: items.map((i) => ({
      position: i.position,
      caseId: i.case_id,
      caseCode: i.case_code,
      checks: i.checks,
      meetsStandards: i.meets_standards,
      score: i.score === null ? null : Number(i.score),
      note: i.note,
      scoredBy: i.scored_by,
      scoredAt: i.scored_at ? i.scored_at.toISOString() : null,
    })),
  };
}

export const getFileAudit = (ctx: AppContext, actor: Actor, id: string) => readAudit(ctx, actor, id, true);

export async function scoreAuditedFile(ctx: AppContext, actor: Actor, auditId: string, caseId: string, input: ScoreFileInput): Promise<FileAudit> {
  assertCan(actor, 'file_audit:manage');
  const db = ctx.database.db;
  const a = await findAudit(db, auditId);
  if (!a) throw notFound('file audit');
  assertMayManageFileAudit(actor, a.district_id);
  const { meetsStandards, score } = scoreFile(input.checks as Record<FileAuditItemCode, FileAuditAnswer>);
  const now = ctx.clock.now();
  await db.transaction().execute(async (trx) => {
    const ok = await updateItemScore(
      trx,
      { auditId, caseId },
      { checks: input.checks, meetsStandards, score, note: input.note ?? null, scoredBy: actor.id, scoredAt: now },
    );
    if (!ok) throw notFound('file in this audit');
    await appendAudit(
      trx,
      actor,
      { action: 'file_audit.score', entityType: 'case', entityId: caseId, fields: ['file_audit_score'], details: { auditId, meetsStandards } },
      now,
    );
  });
  return readAudit(ctx, actor, auditId, false);
}
