import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseFieldVisibility, caseScope } from '../access/case-access.js';
import type { Db } from '../db/database.js';
import type { CaseExportQuery } from './case-export.schemas.js';

// One batch of the case list export: the actor's case scope in SQL, oldest
// first, after the last row of the previous batch (keyset paging, so memory
// stays flat whatever the list's size and no connection is held between
// batches; on the embedded database other requests run in between).

/** Where the previous batch stopped: opened_at as the database's text (full microsecond precision) and the id. */
export type ExportKey = { openedAt: string; id: string };

/** One batch, as far as the actor may see it (caseFieldVisibility): hidden identity fields are null. */
export async function caseExportBatch(db: Db, actor: Actor, query: CaseExportQuery, after: ExportKey | null, size: number) {
  const { childIdentity } = caseFieldVisibility(actor);
  const identity = (column: string) => (childIdentity ? sql<string | null>`${sql.ref(column)}` : sql<string | null>`null`);
  return (
    db
      .selectFrom('cases as c')
      .innerJoin('children as ch', 'ch.id', 'c.child_id')
      .leftJoin('users as lead', 'lead.id', 'c.lead_caseworker_id')
      .select([
        'c.id',
        sql<string>`c.opened_at::text`.as('openedAtKey'),
        'c.case_code as caseCode',
        'ch.child_code as childCode',
        identity('ch.given_name').as('givenName'),
        identity('ch.family_name').as('familyName'),
        'ch.sex',
        (childIdentity ? sql<string | null>`ch.date_of_birth::text` : sql<string | null>`null`).as('dateOfBirth'),
        sql<number | null>`extract(year from age(c.opened_at, ch.date_of_birth::timestamptz))::int`.as('ageAtOpening'),
        'c.district_id as districtId',
        'c.place_id as placeId',
        'c.stage',
        'c.tier',
        'c.case_types as caseTypes',
        'c.opened_at as openedAt',
        'c.closed_at as closedAt',
        'c.closure_reason as closureReason',
        'c.next_due_at as nextDueAt',
        'lead.full_name as leadName',
      ])
      // Exports are a use of the record: restricted children and emergency accesses stay out.
      .where(caseScope(actor, 'use'))
      .$if(!!query.stage, (q) => q.where('c.stage', '=', query.stage!))
      .$if(!!query.tier, (q) => q.where('c.tier', '=', Number(query.tier) as 1 | 2))
      .$if(!!after, (q) => q.where(sql<boolean>`(c.opened_at, c.id) > (${after!.openedAt}::timestamptz, ${after!.id}::uuid)`))
      .orderBy('c.opened_at')
      .orderBy('c.id')
      .limit(size)
      .execute()
  );
}

export type CaseExportRow = Awaited<ReturnType<typeof caseExportBatch>>[number];
