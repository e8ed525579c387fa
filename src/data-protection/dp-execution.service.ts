import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { nameSearchKey } from '../children/child-name.js';
import type { DB } from '../db/schema.js';
import { conflict } from '../errors/app-error.js';
import { erasureBlock, type DpRequestRow } from './dp-request.repository.js';
import { withheldFor } from './person-file.service.js';

// Executing a granted request, right by right (Law 058/2021 Arts 18–23). The
// caller holds the request's row lock and writes the audit entry; what each
// right changed is returned and kept with the request.

type Change = { field: string; value: string | null };
type Execution = { fields: string[] } & Record<string, unknown>;

const PSEUDONYM = 'Pseudonymised';

const CHILD_COLUMNS = { givenName: 'given_name', familyName: 'family_name', otherNames: 'other_names', dateOfBirth: 'date_of_birth', sex: 'sex' } as const;
const MEMBER_COLUMNS = { fullName: 'full_name', relationship: 'relationship', phone: 'phone', ageYears: 'age_years' } as const;

/** Why a corrected value cannot be stored, or null (checked when the request is recorded, and again here). */
export function rectificationProblem(change: Change): string | null {
  const v = change.value;
  switch (change.field) {
    case 'givenName':
    case 'fullName':
    case 'relationship':
      return v ? null : 'required';
    case 'dateOfBirth':
      return v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) ? null : 'date';
    case 'sex':
      return v === 'female' || v === 'male' ? null : 'sex';
    case 'ageYears':
      return v === null || (/^\d{1,3}$/.test(v) && Number(v) <= 120) ? null : 'age';
    default:
      return null;
  }
}

export async function executeRight(trx: Transaction<DB>, actor: Actor, row: DpRequestRow, now: Date): Promise<Execution> {
  const member = row.householdMemberId;
  switch (row.right) {
    case 'access':
      // The copy itself is produced on demand (file.json, file.pdf); what was left out is kept with the request.
      return { fields: ['personFile'], delivered: true, withheld: withheldFor(member ? 'household_member' : 'child') };
    case 'rectification':
      return rectify(trx, actor, row, now);
    case 'restriction':
    case 'objection':
      // An upheld objection stops the processing objected to, as a restriction does: the record is stored and used for nothing else.
      if (member) await trx.updateTable('household_members').set({ restricted_at: now }).where('id', '=', member).execute();
      else
        await trx.updateTable('children').set({ restricted_at: now, restricted_by_request: row.id, updated_at: now }).where('id', '=', row.childId).execute();
      return { fields: ['restricted'], restricted: true };
    case 'erasure': {
      const block = await erasureBlock(trx, row.childId, member ? 'household_member' : 'child');
      if (block) throw conflict(`The record must be kept (${block})`, 'errors.dp_erasure_refused', { reason: block });
      return member ? pseudonymiseMember(trx, member, now) : pseudonymiseChild(trx, row.childId, now);
    }
  }
}

async function rectify(trx: Transaction<DB>, actor: Actor, row: DpRequestRow, now: Date): Promise<Execution> {
  const changes = (row.rectification ?? []) as unknown as Change[];
  const member = row.householdMemberId;
  for (const change of changes) {
    if (rectificationProblem(change)) throw conflict(`The corrected ${change.field} is not valid`, 'errors.dp_rectification_invalid', { field: change.field });
  }
  if (member) {
    const before = await trx.selectFrom('household_members').selectAll().where('id', '=', member).forUpdate().executeTakeFirstOrThrow();
    const set: Record<string, unknown> = {};
    for (const c of changes) {
      const column = MEMBER_COLUMNS[c.field as keyof typeof MEMBER_COLUMNS];
      set[column] = column === 'age_years' ? (c.value === null ? null : Number(c.value)) : c.value;
      await history(trx, row.id, 'household_member', member, c, before[column], actor, now);
    }
    await trx.updateTable('household_members').set(set).where('id', '=', member).execute();
  } else {
    const before = await trx
      .selectFrom('children')
      .select(['given_name', 'family_name', 'other_names', 'sex', sql<string | null>`date_of_birth::text`.as('date_of_birth')])
      .where('id', '=', row.childId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const set: Record<string, unknown> = { updated_at: now };
    for (const c of changes) {
      const column = CHILD_COLUMNS[c.field as keyof typeof CHILD_COLUMNS];
      set[column] = c.value;
      await history(trx, row.id, 'child', row.childId, c, before[column], actor, now);
    }
    const given = (set.given_name as string | undefined) ?? before.given_name;
    const family = 'family_name' in set ? (set.family_name as string | null) : before.family_name;
    const other = 'other_names' in set ? (set.other_names as string | null) : before.other_names;
    set.search_name = nameSearchKey(given, family, other);
    await trx.updateTable('children').set(set).where('id', '=', row.childId).execute();
  }
  return { fields: changes.map((c) => c.field), corrected: changes.map((c) => c.field) };
}

async function history(
  trx: Transaction<DB>,
  requestId: string,
  entity: 'child' | 'household_member',
  entityId: string,
  c: Change,
  old: unknown,
  actor: Actor,
  now: Date,
) {
  await trx
    .insertInto('dp_rectifications')
    .values({
      request_id: requestId,
      entity,
      entity_id: entityId,
      field: c.field,
      old_value: old === null || old === undefined ? null : String(old),
      new_value: c.value,
      at: now,
      by_user: actor.id,
    })
    .execute();
}

/** Erasure of the child's identity as pseudonymisation: the case record and its audit stay; the names, exact birth date and contacts go. */
async function pseudonymiseChild(trx: Transaction<DB>, childId: string, now: Date): Promise<Execution> {
  const child = await trx
    .selectFrom('children')
    .select(sql<string | null>`date_of_birth::text`.as('date_of_birth'))
    .where('id', '=', childId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('children')
    .set({
      given_name: PSEUDONYM,
      family_name: null,
      other_names: null,
      search_name: nameSearchKey(PSEUDONYM),
      date_of_birth: child.date_of_birth ? `${child.date_of_birth.slice(0, 4)}-01-01` : null,
      birth_date_estimated: true,
      pseudonymised_at: now,
      updated_at: now,
    })
    .where('id', '=', childId)
    .execute();
  await trx
    .updateTable('incident_reports')
    .set({ child_name: null, child_description: null, reporter_name: null, reporter_phone: null, updated_at: now })
    .where('child_id', '=', childId)
    .execute();
  await trx.updateTable('household_members').set({ full_name: PSEUDONYM, phone: null, pseudonymised_at: now }).where('child_id', '=', childId).execute();
  await trx
    .updateTable('case_consents')
    .set({ giver_name: null })
    .where('case_id', 'in', trx.selectFrom('cases').select('id').where('child_id', '=', childId))
    .execute();
  return { fields: ['child.identity', 'household.identity', 'report.identity'], pseudonymised: 'child' };
}

async function pseudonymiseMember(trx: Transaction<DB>, memberId: string, now: Date): Promise<Execution> {
  await trx.updateTable('household_members').set({ full_name: PSEUDONYM, phone: null, pseudonymised_at: now }).where('id', '=', memberId).execute();
  await trx.updateTable('case_consents').set({ giver_name: null }).where('household_member_id', '=', memberId).execute();
  return { fields: ['household.identity'], pseudonymised: 'household_member' };
}
