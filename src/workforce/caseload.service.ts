import type { Actor } from '../access/actor.js';
import { assertCan, placeInScope } from '../access/policy.js';
import { workforceScope } from '../access/workforce-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { conflict, notFound } from '../errors/app-error.js';
import { districtOf } from '../places/place-name.js';
import { sql, type SqlBool } from 'kysely';
import type { CaseloadQuery } from './caseload.schemas.js';
import { caseWeight, overThreshold, weightedCaseload } from './workforce-policy.js';
import type { WorkforcePolicy } from './workforce-policy.schemas.js';
import {
  caseworkerLoad,
  caseworkerLoads,
  caseworkerLoadsByIds,
  districtFigures,
  districtsFor,
  loadWorkforcePolicy,
  saveWorkforcePolicy,
  supervisorLoads,
} from './workforce.repository.js';

// Caseloads and ratios (framework, resourcing: "ratios established for cases
// per caseworker, and for caseworkers per supervisor"). Figures of people and
// counts of cases: no child is named here.

export async function getWorkforcePolicy(ctx: AppContext, actor: Actor): Promise<WorkforcePolicy> {
  assertCan(actor, 'settings:manage');
  return loadWorkforcePolicy(ctx.database.db);
}

export async function updateWorkforcePolicy(ctx: AppContext, actor: Actor, policy: WorkforcePolicy): Promise<WorkforcePolicy> {
  assertCan(actor, 'settings:manage');
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    await saveWorkforcePolicy(trx, policy, actor.id, now);
    await appendAudit(
      trx,
      actor,
      { action: 'settings.workforce_policy.update', entityType: 'setting', entityId: 'workforce_policy', details: { ...policy } },
      now,
    );
  });
  return loadWorkforcePolicy(ctx.database.db);
}

const thresholdsOf = (p: WorkforcePolicy) => ({
  tierWeights: p.tierWeights,
  caseloadThreshold: p.caseloadThreshold,
  superviseesPerSupervisor: p.superviseesPerSupervisor,
});

/** A district asked for must lie in the actor's jurisdiction (404 otherwise, as if it did not exist). */
function districtScope(actor: Actor, districtId: string | undefined) {
  if (districtId && !placeInScope(actor, districtId) && districtOf(actor.jurisdictionId) !== districtId) throw notFound('district');
  const base = workforceScope(actor);
  return districtId ? sql<SqlBool>`(${base} and u.jurisdiction_id like ${districtId + '%'})` : base;
}

/** The caseload board: a district CPWO their district's; NCDA the nation's (or one district's). */
export async function getCaseloadBoard(ctx: AppContext, actor: Actor, query: CaseloadQuery) {
  assertCan(actor, 'caseload:read');
  const { db } = ctx.database;
  const scope = districtScope(actor, query.districtId);
  const policy = await loadWorkforcePolicy(db);
  const [workers, supervisors] = await Promise.all([caseworkerLoads(db, scope), supervisorLoads(db, scope)]);
  const caseworkers = workers.map((w) => {
    const weighted = weightedCaseload(policy, w);
    return {
      id: w.id,
      fullName: w.fullName,
      role: w.role,
      districtId: districtOf(w.jurisdictionId) ?? w.jurisdictionId,
      organisationName: w.organisationName,
      supervisor: w.supervisorId ? { id: w.supervisorId, fullName: w.supervisorName! } : null,
      tier1: w.tier1,
      tier2: w.tier2,
      openCases: w.tier1 + w.tier2,
      weighted,
      overThreshold: overThreshold(policy, weighted),
    };
  });
  return {
    thresholds: thresholdsOf(policy),
    caseworkers,
    supervisors: supervisors.map((s) => ({
      id: s.id,
      fullName: s.fullName,
      supervisees: s.supervisees,
      overThreshold: s.supervisees > policy.superviseesPerSupervisor,
    })),
    totals: {
      caseworkers: caseworkers.length,
      overThreshold: caseworkers.filter((c) => c.overThreshold).length,
      openCases: caseworkers.reduce((n, c) => n + c.openCases, 0),
      weighted: Math.round(caseworkers.reduce((n, c) => n + c.weighted, 0) * 100) / 100,
    },
  };
}

/** Workforce planning per district: people in post against the caseload and the thresholds. */
export async function getWorkforcePlanning(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'workforce:planning');
  const { db } = ctx.database;
  const policy = await loadWorkforcePolicy(db);
  const districts = await districtsFor(db, actor.jurisdictionId);
  const figures = await districtFigures(
    db,
    districts.map((d) => d.id),
  );
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);
  return {
    thresholds: thresholdsOf(policy),
    districts: districts.map((d) => {
      const people = figures.people.find((p) => p.districtId === d.id);
      const cases = figures.cases.find((c) => c.districtId === d.id) ?? { tier1: 0, tier2: 0 };
      const caseworkers = people?.caseworkers ?? 0;
      const supervisors = people?.supervisors ?? 0;
      const weighted = weightedCaseload(policy, cases);
      return {
        districtId: d.id,
        name: d.name,
        caseworkers,
        untrainedCaseworkers: people?.untrained ?? 0,
        supervisors,
        izu: people?.izu ?? 0,
        tier1: cases.tier1,
        tier2: cases.tier2,
        weighted,
        casesPerCaseworker: ratio(cases.tier1 + cases.tier2, caseworkers),
        caseworkersPerSupervisor: ratio(caseworkers, supervisors),
        caseworkersNeeded: Math.ceil(weighted / policy.caseloadThreshold),
        supervisorsNeeded: Math.ceil(caseworkers / policy.superviseesPerSupervisor),
      };
    }),
  };
}

/**
 * Before a caseworker is given one more case of `tier`: if it takes their
 * weighted caseload over the threshold, a 409 that says so (with the
 * figures), unless the allocator has confirmed it.
 */
export async function checkCaseloadBeforeAllocation(db: Db, leadId: string, tier: 1 | 2, confirmed: boolean): Promise<void> {
  const policy = await loadWorkforcePolicy(db);
  const load = await caseworkerLoad(db, leadId);
  const current = weightedCaseload(policy, load);
  const after = Math.round((current + caseWeight(policy, tier)) * 100) / 100;
  if (!overThreshold(policy, after) || confirmed) return;
  throw conflict(
    `This allocation takes the caseworker's weighted caseload from ${current} to ${after}, over the threshold of ${policy.caseloadThreshold}; confirm to allocate anyway`,
    'errors.caseload_over_threshold',
    { current, after, threshold: policy.caseloadThreshold, tier1: load.tier1, tier2: load.tier2 },
  );
}

/** The allocation candidates with their caseload figures against the threshold, for a case of `tier`. */
export async function withCaseloads<T extends { id: string }>(db: Db, candidates: T[], tier: 1 | 2) {
  const policy = await loadWorkforcePolicy(db);
  const loads = await caseworkerLoadsByIds(
    db,
    candidates.map((c) => c.id),
  );
  return candidates.map((c) => {
    const load = loads.get(c.id) ?? { tier1: 0, tier2: 0 };
    const weighted = weightedCaseload(policy, load);
    return {
      ...c,
      caseload: {
        ...load,
        weighted,
        threshold: policy.caseloadThreshold,
        overThreshold: overThreshold(policy, weighted),
        overAfterAllocation: overThreshold(policy, weighted + caseWeight(policy, tier)),
      },
    };
  });
}
