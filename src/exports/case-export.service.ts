import { Readable } from 'node:stream';
import type { Actor } from '../access/actor.js';
import { assertCanCase, caseFieldVisibility } from '../access/case-access.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { caseExportBatch, type CaseExportRow, type ExportKey } from './case-export.repository.js';
import type { CaseExportQuery } from './case-export.schemas.js';
import { csvRows } from './csv.js';

// The case list as CSV, streamed: rows leave in batches as the client reads
// them, so a district's ten years (or more) never sit in memory. Each export
// is attributable: an audit entry when it starts (what was asked, which
// columns), one per batch with the ids of the cases it carried, and one when
// it ends (how many rows). Children's identities are in it only for those who
// work the cases (need-to-know, applied by the repository); every cell is
// neutralised against formula injection (csv.ts).

const BATCH = 500;

type Column = { header: string; value: (r: CaseExportRow) => string | number | null };
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const IDENTITY: Column[] = [
  { header: 'child_name', value: (r) => [r.givenName, r.familyName].filter(Boolean).join(' ') },
  { header: 'date_of_birth', value: (r) => r.dateOfBirth },
];
const COLUMNS_BEFORE: Column[] = [
  { header: 'case_code', value: (r) => r.caseCode },
  { header: 'child_code', value: (r) => r.childCode },
];
const COLUMNS_AFTER: Column[] = [
  { header: 'sex', value: (r) => r.sex },
  { header: 'age_at_opening', value: (r) => r.ageAtOpening },
  { header: 'district', value: (r) => r.districtId },
  { header: 'place', value: (r) => r.placeId },
  { header: 'stage', value: (r) => r.stage },
  { header: 'tier', value: (r) => r.tier },
  { header: 'case_types', value: (r) => r.caseTypes.join(';') },
  { header: 'opened_at', value: (r) => iso(r.openedAt) },
  { header: 'closed_at', value: (r) => iso(r.closedAt) },
  { header: 'closure_reason', value: (r) => r.closureReason },
  { header: 'next_due_at', value: (r) => iso(r.nextDueAt) },
  { header: 'lead_caseworker', value: (r) => r.leadName },
];

export async function exportCases(ctx: AppContext, actor: Actor, query: CaseExportQuery): Promise<{ fileName: string; body: Readable }> {
  assertCanCase(actor, 'case:read');
  const columns = [...COLUMNS_BEFORE, ...(caseFieldVisibility(actor).childIdentity ? IDENTITY : []), ...COLUMNS_AFTER];
  const headers = columns.map((c) => c.header);
  const { db } = ctx.database;
  const started = ctx.clock.now();
  const filters = { ...(query.stage && { stage: query.stage }), ...(query.tier && { tier: Number(query.tier) }) };
  await db
    .transaction()
    .execute((trx) => appendAudit(trx, actor, { action: 'case.export', entityType: 'case', fields: headers, details: { format: 'csv', ...filters } }, started));

  async function* csv(): AsyncGenerator<string> {
    yield csvRows([headers]);
    let after: ExportKey | null = null;
    let rows = 0;
    for (;;) {
      const batch = await caseExportBatch(db, actor, query, after, BATCH);
      if (batch.length === 0) break;
      rows += batch.length;
      await db
        .transaction()
        .execute((trx) =>
          appendListAudit(trx, actor, { action: 'case.export_batch', entityType: 'case', ids: batch.map((r) => r.id), fields: headers }, ctx.clock.now()),
        );
      yield csvRows(batch.map((r) => columns.map((c) => c.value(r))));
      const last = batch[batch.length - 1]!;
      after = { openedAt: last.openedAtKey, id: last.id };
      if (batch.length < BATCH) break;
    }
    await db
      .transaction()
      .execute((trx) => appendAudit(trx, actor, { action: 'case.export_completed', entityType: 'case', details: { rows, ...filters } }, ctx.clock.now()));
  }

  return { fileName: `rinda-cases-${started.toISOString().slice(0, 10)}.csv`, body: Readable.from(csv()) };
}
