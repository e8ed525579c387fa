import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import {
  cpwosOf,
  districtLeaders,
  dataProtectionOfficers,
  ncdaOfficersFor,
  supervisorsOf,
  usersByIds,
  type Recipient,
} from '../notifications/recipients.repository.js';
import { DEADLINE_KINDS, escalationIntervalMs, TOP_ESCALATION_LEVEL } from './deadline-policy.js';
import type { DeadlinePolicy } from './deadline-policy.schemas.js';
import type { Db } from '../db/database.js';

/**
 * Open deadlines that need an escalation step at `now`, found in SQL so a run
 * reads only those: below the level their lateness calls for, or at the top
 * level with the interval passed since the last reminder. Deadlines of closed
 * or transferred cases never escalate.
 * Unscoped: the escalation worker acts for no user; it reads codes and ids only.
 */
export async function deadlinesToEscalate(db: Db, policy: DeadlinePolicy, now: Date, limit: number): Promise<string[]> {
  const seconds = (kind: string) => escalationIntervalMs(policy, kind) / 1000;
  const interval = sql<number>`(case d.kind ${sql.join(
    DEADLINE_KINDS.map((k) => sql`when ${k} then ${seconds(k)}::float8`),
    sql` `,
  )} else ${seconds('other')}::float8 end)`;
  const late = sql<number>`extract(epoch from (${now}::timestamptz - d.due_at))`;
  const rows = await db
    .selectFrom('deadlines as d')
    .select('d.id')
    .where('d.met_at', 'is', null)
    .where('d.due_at', '<=', now)
    .where(
      sql<boolean>`(d.escalation_level < least(${TOP_ESCALATION_LEVEL}, 1 + floor(${late} / ${interval}))
        or (d.escalation_level >= ${TOP_ESCALATION_LEVEL} and extract(epoch from (${now}::timestamptz - d.last_escalated_at)) >= ${interval}))`,
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('cases as c').select('c.id').whereRef('c.id', '=', 'd.case_id').where('c.stage', 'in', ['closed', 'transferred']))),
    )
    .orderBy('d.due_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** The deadline row, locked, while it is still open (a second run waits here, then sees the new level). */
export async function lockOpenDeadline(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('deadlines')
    .select([
      'id',
      'kind',
      'report_id',
      'case_id',
      'referral_id',
      'supervisee_id',
      'dp_request_id',
      'district_id',
      'due_at',
      'escalation_level',
      'last_escalated_at',
    ])
    .where('id', '=', id)
    .where('met_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

/** What escalation needs of the deadline's report and case: codes and the people responsible, nothing else. */
export async function escalationSubject(
  trx: Transaction<DB>,
  d: { report_id: string | null; case_id: string | null; supervisee_id?: string | null; dp_request_id?: string | null },
) {
  const report = d.report_id
    ? await trx.selectFrom('incident_reports').select(['id', 'reference', 'place_id']).where('id', '=', d.report_id).executeTakeFirst()
    : undefined;
  const kase = d.case_id
    ? await trx
        .selectFrom('cases')
        .select(['id', 'case_code', 'place_id', 'lead_caseworker_id', 'supervisor_id'])
        .where('id', '=', d.case_id)
        .executeTakeFirst()
    : undefined;
  // A supervision session due (issue 16): the supervisee, their supervisor (who holds it) and the supervisor's own.
  const supervision = d.supervisee_id
    ? await trx
        .selectFrom('users as w')
        .leftJoin('users as s', 's.id', 'w.supervisor_id')
        .select(['w.id as superviseeId', 'w.full_name as superviseeName', 's.id as supervisorId', 's.supervisor_id as supervisorsSupervisorId'])
        .where('w.id', '=', d.supervisee_id)
        .executeTakeFirst()
    : undefined;
  // A data protection request (Law 058/2021): its reference only.
  const dpRequest = d.dp_request_id
    ? await trx.selectFrom('dp_requests').select(['id', 'reference']).where('id', '=', d.dp_request_id).executeTakeFirst()
    : undefined;
  return { report: report ?? null, kase: kase ?? null, supervision: supervision ?? null, dpRequest: dpRequest ?? null };
}
type EscalationSubject = Awaited<ReturnType<typeof escalationSubject>>;

/**
 * Who hears at each level:
 * 1 the responsible caseworker: the case's lead, or (a report before intake,
 *   or a case without a lead) the CPWOs of the child's district;
 * 2 their supervisor(s): the case's supervisor, else the supervisors of the level-1 people;
 * 3 district leadership: the supervisors whose jurisdiction is the district;
 * 4 NCDA: the NCDA officers whose jurisdiction covers the district.
 * Nobody at a level (e.g. no supervisor on record) → the next level up hears
 * instead, so an escalation never goes unheard.
 */
export async function recipientsAt(trx: Transaction<DB>, level: number, districtId: string, s: EscalationSubject): Promise<Recipient[]> {
  for (let l = level; l <= TOP_ESCALATION_LEVEL; l++) {
    const found = await recipientsOfLevel(trx, l, districtId, s);
    if (found.length) return found;
  }
  return [];
}

async function recipientsOfLevel(trx: Transaction<DB>, level: number, districtId: string, s: EscalationSubject): Promise<Recipient[]> {
  if (s.supervision) return supervisionRecipientsOfLevel(trx, level, districtId, s.supervision);
  const placeId = s.kase?.place_id ?? s.report?.place_id ?? districtId;
  const caseworkers = async () => {
    const lead = s.kase?.lead_caseworker_id ? await usersByIds(trx, [s.kase.lead_caseworker_id]) : [];
    return lead.length ? lead : cpwosOf(trx, placeId);
  };
  switch (level) {
    case 1:
      // A data protection request is the district CPWOs' and the data protection officers' to answer.
      if (s.dpRequest) return [...(await cpwosOf(trx, placeId)), ...(await dataProtectionOfficers(trx))];
      return caseworkers();
    case 2: {
      const own = s.kase?.supervisor_id ? await usersByIds(trx, [s.kase.supervisor_id]) : [];
      return own.length
        ? own
        : supervisorsOf(
            trx,
            (await caseworkers()).map((u) => u.id),
          );
    }
    case 3:
      return districtLeaders(trx, districtId);
    default:
      return ncdaOfficersFor(trx, districtId);
  }
}

/**
 * A supervision session overdue is the supervisor's work: 1 the supervisor;
 * 2 the supervisor's own supervisor; 3 district leadership; 4 NCDA.
 */
async function supervisionRecipientsOfLevel(
  trx: Transaction<DB>,
  level: number,
  districtId: string,
  s: NonNullable<EscalationSubject['supervision']>,
): Promise<Recipient[]> {
  switch (level) {
    case 1:
      return s.supervisorId ? usersByIds(trx, [s.supervisorId]) : [];
    case 2:
      return s.supervisorsSupervisorId ? usersByIds(trx, [s.supervisorsSupervisorId]) : [];
    case 3:
      return (await districtLeaders(trx, districtId)).filter((u) => u.id !== s.supervisorId);
    default:
      return ncdaOfficersFor(trx, districtId);
  }
}

/**
 * A referral's deadline is the provider's too (framework step 7): its focal
 * persons hear when it falls due, by the referral's reference (they know no
 * case code), with the caseworker.
 */
export async function referralFocalPersons(trx: Transaction<DB>, referralId: string | null) {
  if (!referralId) return null;
  const rows = await trx
    .selectFrom('referrals as rf')
    .leftJoin('provider_focal_persons as fp', 'fp.organisation_id', 'rf.organisation_id')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'fp.user_id').on('u.active', '=', true))
    .select(['rf.reference', 'u.id', 'u.phone'])
    .where('rf.id', '=', referralId)
    .orderBy('u.id')
    .execute();
  if (rows.length === 0) return null;
  return { reference: rows[0]!.reference, focal: rows.flatMap((r) => (r.id ? [{ id: r.id, phone: r.phone }] : [])) };
}

export async function recordEscalation(trx: Transaction<DB>, id: string, level: number, at: Date): Promise<void> {
  await trx.updateTable('deadlines').set({ escalation_level: level, last_escalated_at: at }).where('id', '=', id).execute();
}
