import type { Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import type { RiskTier } from '../db/tables/cases-core.js';

// The deadlines steps 4-6 start and stop (src/deadlines owns the clock, the
// policy and the escalation). One call per event, inside the step's
// transaction, so a step and its deadlines commit together.

type CaseRef = { id: string; reportId: string; districtId: string; tier: RiskTier };

/** Intake: the report's open deadline (Tier 1 response or Tier 2 assessment) now follows the case. */
export async function onCaseOpened(_ctx: AppContext, _trx: Transaction<DB>, _kase: CaseRef, _at: Date): Promise<void> {}

/** The first assessment (or the first after a review sent the case back) meets the tier deadline and starts the plan's clock. */
export async function onCaseAssessed(_ctx: AppContext, _trx: Transaction<DB>, _kase: CaseRef, _at: Date): Promise<void> {}

/** A plan meets the plan deadline; its review date is the case review deadline (replacing an earlier one). */
export async function onCasePlanned(
  _ctx: AppContext,
  _trx: Transaction<DB>,
  _kase: CaseRef,
  _review: { reviewDate: string; previousReviewDate: string | null },
  _at: Date,
): Promise<void> {}
