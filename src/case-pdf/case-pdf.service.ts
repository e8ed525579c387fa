import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors/app-error.js';
import { localDateOf } from '../deadlines/local-time.js';
import { loadPrintableCase } from './case-pdf.repository.js';
import { renderCasePdf } from './case-pdf.render.js';

const PRINTED_SECTIONS = [
  'child',
  'household',
  'consents',
  'assessments',
  'plan',
  'conferences',
  'services',
  'visits',
  'reviews',
  'closure',
  'transfers',
  'notes',
  'feedback',
  'timeline',
];

/** The case file as a PDF for the paper file; printing is a read of the whole file, and is audited as one. */
export async function printCase(ctx: AppContext, actor: Actor, caseId: string) {
  assertCanCase(actor, 'case:read');
  const now = ctx.clock.now();
  const data = await ctx.database.db.transaction().execute(async (trx) => {
    const found = await loadPrintableCase(trx, actor, caseId, localDateOf(now, ctx.config.timeZone));
    if (!found) throw notFound('case');
    const fields = PRINTED_SECTIONS.map((s) => (s === 'child' && found.file.identityVisible ? 'child.identity' : s));
    await appendAudit(trx, actor, { action: 'case.pdf', entityType: 'case', entityId: caseId, fields }, now);
    return found;
  });
  const pdf = await renderCasePdf(data, { timeZone: ctx.config.timeZone, printedAt: now, printedBy: actor.fullName });
  return { fileName: `${data.file.caseCode}.pdf`, pdf };
}
