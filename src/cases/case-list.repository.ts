import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseFieldVisibility, caseScope } from '../access/case-access.js';
import type { CaseStage, RiskTier } from '../db/tables/cases-core.js';
import { normaliseChildCode } from '../children/child-code.js';
import { nameSearchKey } from '../children/child-name.js';
import type { Db } from '../db/database.js';
import { escapeLike } from '../db/like.js';

// The caseload list: the actor's case scope in SQL, soonest due first
// (cases_caseload_idx / cases_worklist_idx / cases_lead_idx), then the newest.

type CaseListFilter = { stage?: CaseStage; tier?: RiskTier; q?: string; page: number; pageSize: number };

/**
 * A page of the actor's caseload. Need-to-know (caseFieldVisibility) is
 * applied here: a reader who may not see the children's identities gets null
 * names and birth dates, and a name typed into the search finds nothing for
 * them (else the search would answer "is there a child called X").
 */
export async function listCases(db: Db, actor: Actor, f: CaseListFilter, today: string) {
  const { childIdentity } = caseFieldVisibility(actor);
  const q = f.q?.trim();
  // A code (child or case ID, or a prefix of one) is matched as typed; otherwise the name key, when the reader may search names.
  let codePrefix: string | null = null;
  if (q && /^\d{2}(-|$)/.test(q)) {
    const upper = q.toUpperCase();
    const childCode = normaliseChildCode(upper.slice(0, 11));
    codePrefix = childCode ? childCode + upper.slice(11) : upper;
  }
  const nameKey = q && !codePrefix && childIdentity ? nameSearchKey(q) : null;
  // The filters read the case row alone (the child's name key is kept on it:
  // migrations/0009), so the total is counted without joining anything.
  const filtered = db
    .selectFrom('cases as c')
    .where(caseScope(actor))
    .$if(!!f.stage, (qb) => qb.where('c.stage', '=', f.stage!))
    .$if(!!f.tier, (qb) => qb.where('c.tier', '=', f.tier!))
    .$if(!!codePrefix, (qb) => qb.where('c.case_code', 'like', escapeLike(codePrefix!) + '%'))
    .$if(!!nameKey, (qb) => qb.where(nameMatches(nameKey!)))
    .$if(!!q && !codePrefix && !nameKey, (qb) => qb.where(sql<boolean>`false`));
  const items = await filtered
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('places as p', 'p.id', 'c.place_id')
    .leftJoin('users as lead', 'lead.id', 'c.lead_caseworker_id')
    .select([
      'c.id',
      'c.case_code as caseCode',
      'ch.id as childId',
      'ch.child_code as childCode',
      sql<boolean>`${sql.lit(childIdentity)}`.as('identityVisible'),
      (childIdentity ? sql<string | null>`ch.given_name` : sql<string | null>`null`).as('givenName'),
      (childIdentity ? sql<string | null>`ch.family_name` : sql<string | null>`null`).as('familyName'),
      'ch.sex',
      sql<number | null>`extract(year from age(${today}::date, ch.date_of_birth))::int`.as('ageYears'),
      'c.stage',
      'c.tier',
      'c.case_types as caseTypes',
      'c.place_id as placeId',
      'p.name as placeName',
      'lead.id as leadId',
      'lead.full_name as leadName',
      'c.next_due_at as nextDueAt',
      'c.opened_at as openedAt',
    ])
    .orderBy(sql`c.next_due_at asc nulls last`)
    .orderBy('c.opened_at', 'desc')
    .orderBy('c.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const { total } = await filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  return { items, total };
}

/**
 * A name typed into the caseload search: every word of it must be like a word
 * of the child's name (pg_trgm word similarity, so "Uwimanna" finds Uwimana),
 * or the whole of it must appear in the name. Both are answered by the
 * (district, name) trigram index; a plain similarity of the whole name would
 * match every child who shares one common name with it.
 */
function nameMatches(nameKey: string) {
  const words = nameKey.split(' ').filter(Boolean);
  const everyWord = sql.join(
    words.map((w) => sql`c.child_search_name %> ${w}`),
    sql` and `,
  );
  return sql<boolean>`((${everyWord}) or c.child_search_name like ${'%' + escapeLike(nameKey) + '%'})`;
}
