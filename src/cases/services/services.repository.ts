import type { Actor } from '../../access/actor.js';
import { caseRecordScope } from '../../access/case-access.js';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { dateText, userNames } from '../followup-lists.repository.js';
import type { Db } from '../../db/database.js';
import { userRef } from '../followup.schemas.js';
import type { ServiceRecord } from './services.schemas.js';
import { offsetOf, type Paging } from '../../http/paging.js';

export async function insertService(
  trx: Transaction<DB>,
  v: {
    caseId: string;
    description: string;
    domain: string | null;
    providedByUserId: string | null;
    providedByName: string | null;
    providedOn: string;
    recordedBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('case_services')
    .values({
      case_id: v.caseId,
      description: v.description,
      domain: v.domain,
      provided_by_user_id: v.providedByUserId,
      provided_by_name: v.providedByName,
      provided_on: v.providedOn,
      recorded_by: v.recordedBy,
      recorded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listServices(db: Db, actor: Actor, caseId: string, id?: string, paging?: Paging): Promise<ServiceRecord[]> {
  const rows = await db
    .selectFrom('case_services as s')
    .select([
      's.id',
      's.case_id as caseId',
      's.description',
      's.domain',
      's.provided_by_user_id as providedByUserId',
      's.provided_by_name as providedByName',
      dateText('s.provided_on').as('providedOn'),
      's.recorded_by as recordedBy',
      's.recorded_at as recordedAt',
    ])
    .where('s.case_id', '=', caseId)
    .where(caseRecordScope(actor, 's.case_id'))
    .$if(!!id, (q) => q.where('s.id', '=', id!))
    .orderBy('s.provided_on', 'desc')
    .orderBy('s.recorded_at', 'desc')
    .orderBy('s.id')
    .$if(!!paging, (q) => q.limit(paging!.pageSize).offset(offsetOf(paging!)))
    .execute();
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.recordedBy, r.providedByUserId]),
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    description: r.description,
    domain: r.domain as ServiceRecord['domain'],
    providedBy: { userId: r.providedByUserId, name: r.providedByUserId ? (names.get(r.providedByUserId) ?? '') : (r.providedByName ?? '') },
    providedOn: r.providedOn,
    recordedBy: userRef(names, r.recordedBy),
    recordedAt: r.recordedAt.toISOString(),
  }));
}

export async function findActiveUser(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'role', 'active', 'jurisdiction_id as jurisdictionId', 'organisation_id as organisationId', 'supervisor_id as supervisorId', 'phone'])
    .where('id', '=', id)
    .where('active', '=', true)
    .executeTakeFirst();
}
