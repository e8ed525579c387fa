import type { Actor } from '../../access/actor.js';
import { caseRecordScope } from '../../access/case-access.js';
import { sql, type Transaction } from 'kysely';
import { BENCHMARKS } from '../case-vocabulary.js';
import type { DB } from '../../db/schema.js';
import { offsetOf, type Paging } from '../../http/paging.js';
import type { ReviewOutcome } from '../../db/tables/case-followup.js';
import { userNames } from '../followup-lists.repository.js';
import type { Db } from '../../db/database.js';
import type { Benchmark, BenchmarkScore } from '../followup-rules.js';
import { userRef } from '../followup.schemas.js';
import type { ReviewRecord } from './reviews.schemas.js';

export async function insertReview(
  trx: Transaction<DB>,
  v: {
    caseId: string;
    reviewedBy: string;
    at: Date;
    outcome: ReviewOutcome;
    newConcerns: string | null;
    note: string | null;
    scores: BenchmarkScore[];
    planGoals: { total: number; achieved: number } | null;
  },
): Promise<string> {
  const row = await trx
    .insertInto('case_reviews')
    .values({
      case_id: v.caseId,
      reviewed_by: v.reviewedBy,
      reviewed_at: v.at,
      met_count: v.scores.filter((s) => s.met).length,
      outcome: v.outcome,
      new_concerns: v.newConcerns,
      note: v.note,
      plan_goals_total: v.planGoals?.total ?? null,
      plan_goals_done: v.planGoals?.achieved ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('case_review_benchmarks')
    .values(v.scores.map((s) => ({ review_id: row.id, benchmark: s.benchmark, met: s.met, evidence: s.evidence })))
    .execute();
  return row.id;
}

/** A case's reviews, newest first, each with its seven scores in the framework's order. */
export async function listReviews(db: Db, actor: Actor, caseId: string, id?: string, paging?: Paging): Promise<ReviewRecord[]> {
  const reviews = await db
    .selectFrom('case_reviews')
    .selectAll()
    .where('case_id', '=', caseId)
    .where(caseRecordScope(actor, 'case_reviews.case_id'))
    .$if(!!id, (q) => q.where('id', '=', id!))
    .orderBy('reviewed_at', 'desc')
    .orderBy('id')
    .$if(!!paging, (q) => q.limit(paging!.pageSize).offset(offsetOf(paging!)))
    .execute();
  if (reviews.length === 0) return [];
  const scores = await db
    .selectFrom('case_review_benchmarks')
    .selectAll()
    .where(
      'review_id',
      'in',
      reviews.map((r) => r.id),
    )
    .execute();
  const order = (b: string) => BENCHMARKS.indexOf(b as Benchmark);
  const names = await userNames(
    db,
    reviews.map((r) => r.reviewed_by),
  );
  return reviews.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    reviewedBy: userRef(names, r.reviewed_by),
    reviewedAt: r.reviewed_at.toISOString(),
    outcome: r.outcome,
    newConcerns: r.new_concerns,
    note: r.note,
    metCount: r.met_count,
    benchmarks: scores
      .filter((s) => s.review_id === r.id)
      .sort((a, b) => order(a.benchmark) - order(b.benchmark))
      .map((s) => ({ benchmark: s.benchmark as Benchmark, met: s.met, evidence: s.evidence })),
    planGoals: r.plan_goals_total === null ? null : { total: r.plan_goals_total, achieved: r.plan_goals_done ?? 0 },
  }));
}

/** PROGRESS_REVIEWS: the progress over reviews shows this many, the latest (a review a month is 16 years of them). */
const PROGRESS_REVIEWS = 200;

/** Benchmarks met at each of the latest reviews, oldest first, and how many reviews there are. */
export async function reviewProgress(db: Db, actor: Actor, caseId: string) {
  const rows = await db
    .selectFrom('case_reviews')
    .select(['id as reviewId', 'reviewed_at as reviewedAt', 'met_count as metCount', 'outcome'])
    .where('case_id', '=', caseId)
    .where(caseRecordScope(actor, 'case_reviews.case_id'))
    .orderBy('reviewed_at', 'desc')
    .orderBy('id')
    .limit(PROGRESS_REVIEWS)
    .execute();
  const { total } = await db
    .selectFrom('case_reviews')
    .select(sql<number>`count(*)::int`.as('total'))
    .where('case_id', '=', caseId)
    .where(caseRecordScope(actor, 'case_reviews.case_id'))
    .executeTakeFirstOrThrow();
  return { total, progress: rows.reverse().map((r) => ({ ...r, reviewedAt: r.reviewedAt.toISOString() })) };
}

/** The case's latest review (the one closure is judged on), if any. Unscoped: closureCheck and closeCase call it for a case already found in the actor's scope. */
export async function findLatestReview(db: Db, caseId: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('case_reviews')
    .select('id')
    .where('case_id', '=', caseId)
    .orderBy('reviewed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The latest review's scores, or null. */
export async function latestReview(db: Db, caseId: string): Promise<{ id: string; scores: { benchmark: Benchmark; met: boolean }[] } | null> {
  const last = await findLatestReview(db, caseId);
  if (!last) return null;
  const scores = await db.selectFrom('case_review_benchmarks').select(['benchmark', 'met']).where('review_id', '=', last.id).execute();
  return { id: last.id, scores: scores.map((s) => ({ benchmark: s.benchmark as Benchmark, met: s.met })) };
}
