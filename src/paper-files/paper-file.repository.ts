import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseScope } from '../access/case-access.js';
import type { DB } from '../db/schema.js';
import { offsetOf, type Paging } from '../http/paging.js';
import type { Movement } from './paper-file.schemas.js';
import type { Db } from '../db/database.js';

function selectMovements(db: Db) {
  return db
    .selectFrom('paper_file_movements as m')
    .innerJoin('children as ch', 'ch.id', 'm.child_id')
    .leftJoin('users as h', 'h.id', 'm.holder_user_id')
    .innerJoin('users as o', 'o.id', 'm.checked_out_by')
    .leftJoin('users as i', 'i.id', 'm.checked_in_by')
    .select([
      'm.id',
      'ch.child_code as childCode',
      'm.holder_user_id as holderUserId',
      sql<string>`coalesce(h.full_name, m.holder_name)`.as('holderName'),
      'm.permanent',
      'm.purpose',
      'm.checked_out_at as checkedOutAt',
      'm.checked_out_by as checkedOutBy',
      'o.full_name as checkedOutByName',
      'm.checked_in_at as checkedInAt',
      'm.checked_in_by as checkedInBy',
      'i.full_name as checkedInByName',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectMovements>['execute']>>[number];

const toMovement = (r: Row): Movement & { childCode: string } => ({
  id: r.id,
  childCode: r.childCode,
  holder: { userId: r.holderUserId, name: r.holderName },
  permanent: r.permanent,
  purpose: r.purpose,
  checkedOutAt: r.checkedOutAt.toISOString(),
  checkedOutBy: { id: r.checkedOutBy, fullName: r.checkedOutByName },
  checkedInAt: r.checkedInAt?.toISOString() ?? null,
  checkedInBy: r.checkedInBy ? { id: r.checkedInBy, fullName: r.checkedInByName ?? '' } : null,
});

// Unscoped: the child of a case that readCaseSection or changeCase found in the actor's scope.
export async function listMovements(db: Db, childId: string) {
  const rows = await selectMovements(db).where('m.child_id', '=', childId).orderBy('m.checked_out_at', 'desc').orderBy('m.id').execute();
  return rows.map(toMovement);
}

/** The open sign-out of a child's file (locked), if it is out. */
export async function findOpenMovement(trx: Transaction<DB>, childId: string) {
  return trx
    .selectFrom('paper_file_movements')
    .select(['id'])
    .where('child_id', '=', childId)
    .where('checked_in_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertMovement(
  trx: Transaction<DB>,
  v: { childId: string; holderUserId: string | null; holderName: string | null; permanent: boolean; purpose: string | null; by: string; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('paper_file_movements')
    .values({
      child_id: v.childId,
      holder_user_id: v.holderUserId,
      holder_name: v.holderName,
      permanent: v.permanent,
      purpose: v.purpose,
      checked_out_at: v.at,
      checked_out_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function closeMovement(trx: Transaction<DB>, id: string, by: string, at: Date): Promise<void> {
  await trx.updateTable('paper_file_movements').set({ checked_in_at: at, checked_in_by: by }).where('id', '=', id).execute();
}

/** Files signed out now, of children with a case in the actor's scope. */
export async function listFilesOut(db: Db, actor: Actor, filter: { holderUserId?: string; childCode?: string }, paging: Paging) {
  const out = selectMovements(db)
    .where('m.checked_in_at', 'is', null)
    .where(({ exists, selectFrom }) => exists(selectFrom('cases as c').select('c.id').whereRef('c.child_id', '=', 'm.child_id').where(caseScope(actor))))
    .$if(!!filter.holderUserId, (q) => q.where('m.holder_user_id', '=', filter.holderUserId!))
    .$if(!!filter.childCode, (q) => q.where('ch.child_code', '=', filter.childCode!.toUpperCase()));
  const { total } = await out
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  const rows = await out.orderBy('m.checked_out_at').orderBy('m.id').limit(paging.pageSize).offset(offsetOf(paging)).execute();
  return { items: rows.map(toMovement), total };
}
