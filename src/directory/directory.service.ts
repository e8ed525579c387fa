import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { assertCan, mayManageProvider, placeInScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { ageOn, shiftYears } from '../children/child-age.js';
import { findCaseInScope } from '../cases/case.repository.js';
import { localDateOf } from '../deadlines/local-time.js';
import { badRequest, conflict, notFound } from '../errors/app-error.js';
import { isUniqueViolation } from '../people/unique-violation.js';
import type { ProviderInput, ProviderListQuery, PutPathwayInput, PutServiceTypeInput } from './directory.schemas.js';
import { checkProvider, type ProviderIssue } from './provider-rules.js';
import { currentServices, findProvider, findProviderSeat, listProviders as listProviderRows, writeProvider } from './provider.repository.js';
import { suggestProviders } from './suggestions.repository.js';
import {
  childForSuggestions,
  listPathways as listPathwayRows,
  listServiceTypes as listTypeRows,
  replacePathway,
  upsertServiceType,
} from './vocabulary.repository.js';

// The service directory (framework: service mapping): read by everyone who
// refers or receives, changed by administrators and by a district's CPWO for
// the providers seated in it (src/access/policy.ts). Each function asks the
// access module first.

/** A review older than this date is due: the directory is reviewed every year. */
export const reviewDueBefore = (ctx: AppContext) => shiftYears(localDateOf(ctx.clock.now(), ctx.config.timeZone), -1);

export async function listProviders(ctx: AppContext, actor: Actor, query: ProviderListQuery) {
  assertCan(actor, 'directory:read');
  return listProviderRows(ctx.database.db, query, reviewDueBefore(ctx));
}

export async function getProvider(ctx: AppContext, actor: Actor, id: string) {
  assertCan(actor, 'directory:read');
  const provider = await findProvider(ctx.database.db, id, reviewDueBefore(ctx));
  if (!provider) throw notFound('provider');
  return { ...provider, manageable: mayManageProvider(actor, provider.placeId) };
}

const NAME_INDEX = 'organisations_name_place_idx';

export const issuesError = (issues: ProviderIssue[]) =>
  badRequest(
    issues.map((i) => `body.${i.path.join('.')}: ${i.message}`).join('; '),
    issues.map((i) => ({ field: `body.${i.path.join('.')}`, message: i.message, messageKey: i.messageKey })),
    issues[0]!.messageKey,
  );

async function saveProvider(ctx: AppContext, actor: Actor, id: string | null, input: ProviderInput) {
  assertCan(actor, 'directory:manage');
  // A new provider's seat, or a moved one's, must be in the manager's jurisdiction too.
  if (!mayManageProvider(actor, input.placeId)) {
    throw badRequest(
      'body.placeId: outside your jurisdiction',
      [{ field: 'body.placeId', message: 'outside your jurisdiction', messageKey: 'errors.place_out_of_scope' }],
      'errors.place_out_of_scope',
    );
  }
  const { db } = ctx.database;
  const now = ctx.clock.now();
  try {
    const savedId = await db.transaction().execute(async (trx) => {
      const seat = id ? await findProviderSeat(trx, id, true) : undefined;
      if (id && (!seat || !mayManageProvider(actor, seat.placeId))) throw notFound('provider');
      const orgId = id ?? randomUUID();
      const services = id ? await currentServices(trx, orgId) : [];
      const { issues, record } = await checkProvider(trx, orgId, input, { services: new Map(services.map((s) => [s.id, s])) }, now, {
        within: (place) => placeInScope(actor, place),
      });
      if (issues.length) throw issuesError(issues);
      await writeProvider(trx, record, now, !!id);
      await appendAudit(
        trx,
        actor,
        {
          action: id ? 'provider.update' : 'provider.create',
          entityType: 'organisation',
          entityId: orgId,
          fields: Object.keys(input),
          details: { services: record.services.length },
        },
        now,
      );
      return orgId;
    });
    return getProvider(ctx, actor, savedId);
  } catch (err) {
    if (isUniqueViolation(err, NAME_INDEX)) throw conflict('An organisation with this name already exists at this place', 'errors.organisation_name_taken');
    throw err;
  }
}

export const createProvider = (ctx: AppContext, actor: Actor, input: ProviderInput) => saveProvider(ctx, actor, null, input);
export const replaceProvider = (ctx: AppContext, actor: Actor, id: string, input: ProviderInput) => saveProvider(ctx, actor, id, input);

export async function listServiceTypes(ctx: AppContext, actor: Actor, includeInactive: boolean) {
  assertCan(actor, 'directory:read');
  return { items: await listTypeRows(ctx.database.db, includeInactive) };
}

/** Adds a service type or renames, reorders or (de)activates one: the list is the administrators'. */
export async function putServiceType(ctx: AppContext, actor: Actor, input: PutServiceTypeInput) {
  assertCan(actor, 'directory:configure');
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    const created = await upsertServiceType(trx, input, now);
    await appendAudit(
      trx,
      actor,
      {
        action: created ? 'service_type.create' : 'service_type.update',
        entityType: 'service_type',
        fields: ['nameRw', 'nameEn', 'nameFr', 'active', 'sortOrder'],
        details: { code: input.code },
      },
      now,
    );
  });
  return listServiceTypes(ctx, actor, true);
}

export async function listPathways(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'directory:read');
  return { items: await listPathwayRows(ctx.database.db) };
}

/** Replaces one case type's pathway (framework Table 4, kept as data an administrator edits). */
export async function putPathway(ctx: AppContext, actor: Actor, input: PutPathwayInput) {
  assertCan(actor, 'directory:configure');
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    const known = new Set((await listTypeRows(trx, true)).map((t) => t.code));
    const bad = input.entries.flatMap((e, i) => (known.has(e.serviceType) ? [] : [i]));
    if (bad.length) {
      throw badRequest(
        'No such service type',
        bad.map((i) => ({ field: `body.entries.${i}.serviceType`, message: 'No such service type', messageKey: 'errors.service_type_not_found' })),
        'errors.service_type_not_found',
      );
    }
    const keys = new Set(input.entries.map((e) => `${e.serviceType}/${e.agencyKind}`));
    if (keys.size !== input.entries.length)
      throw badRequest(
        'An entry is listed twice',
        [{ field: 'body.entries', message: 'An entry is listed twice', messageKey: 'errors.duplicate_id' }],
        'errors.duplicate_id',
      );
    await replacePathway(trx, input);
    await appendAudit(
      trx,
      actor,
      { action: 'referral_pathway.update', entityType: 'referral_pathway', fields: ['entries'], details: { caseType: input.caseType } },
      now,
    );
  });
  return listPathways(ctx, actor);
}

/**
 * Providers for one of a case's needs (framework step 7): the case read
 * through the case module's scoped reader (404 outside the actor's case
 * scope); the child's village, age and sex and the case's types decide the
 * list. The answer holds directory rows only, nothing of the case or the
 * child, so it is not a case read for the audit (the referral made from it is
 * audited); no transaction, no write: the request is the reads alone.
 */
export async function providerSuggestions(ctx: AppContext, actor: Actor, caseId: string, query: { serviceType: string; limit: number }) {
  assertCan(actor, 'directory:read');
  assertCanCase(actor, 'case:read');
  const { db } = ctx.database;
  const kase = await findCaseInScope(db, actor, caseId);
  if (!kase) throw notFound('case');
  const child = await childForSuggestions(db, kase.childId);
  const today = localDateOf(ctx.clock.now(), ctx.config.timeZone);
  const items = await suggestProviders(db, {
    serviceType: query.serviceType,
    placeId: child.placeId,
    ageYears: child.dateOfBirth ? ageOn(child.dateOfBirth, today) : null,
    sex: child.sex,
    caseTypes: kase.caseTypes,
    limit: query.limit,
  });
  return { items };
}
