import type { FastifyRequest } from 'fastify';
import { appendAuditAlone } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { routeKey, routeRule } from './route-access.js';

// A record out of the caller's scope answers 404, as if it did not exist (the
// access module's rule). The answer hides it from the caller, not from the
// administrator: every such refusal on a route that names a record is audited
// as denied, with who asked, for which record id and through which route, so
// probing another district's cases shows in the audit (action 'access.denied',
// outcome 'denied'). One place for every route: the route table says which
// record a route's first parameter names.

/** The audit's record type for each kind of record a route can name. */
const ENTITY_TYPE: Record<string, string> = {
  case: 'case',
  report: 'incident_report',
  child: 'child',
  user: 'user',
  organisation: 'organisation',
  place: 'place',
  conference: 'case_conference',
  'visit-task': 'visit_task',
  transfer: 'case_transfer',
  notification: 'notification',
};

/** Audits a 404 given to a signed-in caller on a route that names a record. Never throws. */
export async function auditDeniedAccess(ctx: AppContext, request: FastifyRequest, error: unknown): Promise<void> {
  if (!(error instanceof AppError) || error.kind !== 'not_found' || error.messageKey === 'errors.no_route') return;
  const actor = request.actor;
  const pattern = request.routeOptions.url;
  if (!actor || !pattern) return;
  const params = Object.entries((request.params ?? {}) as Record<string, string>).filter(([name]) => name !== '*');
  if (params.length === 0) return;
  const rule = routeRule(request.method, pattern);
  const scope = rule && 'scope' in rule ? rule.scope : undefined;
  const entityType = (scope && ENTITY_TYPE[scope]) || 'record';
  // Parameters are ids and codes (never names); bounded so a long probe cannot bloat the audit.
  const ids = Object.fromEntries(params.map(([name, value]) => [name, String(value).slice(0, 100)]));
  try {
    await appendAuditAlone(
      ctx.database.db,
      actor,
      {
        action: 'access.denied',
        entityType,
        entityId: String(params[0]![1]).slice(0, 100),
        outcome: 'denied',
        details: { route: routeKey(request.method, pattern), params: ids, status: 404 },
      },
      ctx.clock.now(),
    );
  } catch (err) {
    request.log.error({ err: { message: (err as Error).message } }, 'could not audit a denied access');
  }
}
