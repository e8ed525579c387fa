import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { endOfLocalDay, localDateOf, startOfLocalDay } from './local-time.js';
import { listWorklist } from './worklist.repository.js';
import type { WorklistQuery } from './worklist.schemas.js';

/**
 * What is due and overdue for the actor (framework step 3: deadlines are part
 * of the record). A CPWO: the district's reports and cases; a CSO caseworker:
 * their cases; a supervisor: their supervisees' cases.
 */
export async function getWorklist(ctx: AppContext, actor: Actor, query: WorklistQuery) {
  assertCanCase(actor, 'worklist:read');
  const now = ctx.clock.now();
  const today = localDateOf(now, ctx.config.timeZone);
  const day = { start: startOfLocalDay(today, ctx.config.timeZone), end: endOfLocalDay(today, ctx.config.timeZone), now };
  const { rows, total, counts } = await ctx.database.db.transaction().execute(async (trx) => {
    const found = await listWorklist(trx, actor, query, day);
    // The rows name children (their first names, villages): the list is audited with the records it showed.
    const ids = [...new Set(found.rows.map((d) => d.caseId ?? d.reportId).filter((id): id is string => id !== null))];
    const shown = [
      'tier',
      'caseTypes',
      'village',
      'channel',
      ...(found.rows.some((d) => d.childFirstName !== null || d.childDescription !== null) ? ['childFirstName'] : []),
    ];
    await appendListAudit(
      trx,
      actor,
      { action: 'worklist.read', entityType: 'worklist', ids, fields: shown, details: { page: query.page, due: query.due } },
      now,
    );
    return found;
  });
  return {
    items: rows.map((d) => {
      const due = new Date(d.dueAt).getTime();
      return {
        id: d.id,
        kind: d.kind,
        dueAt: d.dueAt,
        overdue: due < now.getTime(),
        dueToday: due >= day.start.getTime() && due <= day.end.getTime(),
        escalationLevel: d.escalationLevel,
        tier: d.tier,
        report: d.reportId && d.reference ? { id: d.reportId, reference: d.reference } : null,
        case: d.caseId && d.caseCode ? { id: d.caseId, caseCode: d.caseCode } : null,
        triage: {
          caseTypes: d.caseTypes,
          childFirstName: d.childFirstName,
          childDescription: d.childDescription,
          placeId: d.placeId,
          placeName: d.placeName,
          channel: d.channel,
        },
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
