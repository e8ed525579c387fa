import type { Db } from '../../db/database.js';

// Who sent an inbound SMS or dialled the USSD menu: the active IZU holding
// the number (users.phone, one active IZU per number: migrations/0032), with
// what the access module needs of them and their village's name for replies.

export type InboundSender = {
  id: string;
  username: string;
  fullName: string;
  role: 'izu';
  organisationId: string | null;
  jurisdictionId: string;
  jurisdictionLevel: number;
  supervisorId: string | null;
  trainingCompletedOn: string | null;
  language: 'rw' | 'en' | 'fr';
  villageName: string;
};

/** The active IZU whose registered number this is (E.164), if any. */
export async function findActiveIzuByPhone(db: Db, phone: string): Promise<InboundSender | undefined> {
  return (await findActiveIzuByPhones(db, [phone])).get(phone);
}

/** The active IZU holding each of these numbers (E.164), by number, in one query; a number no active IZU holds is absent. */
export async function findActiveIzuByPhones(db: Db, phones: string[]): Promise<Map<string, InboundSender>> {
  if (phones.length === 0) return new Map();
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('places as p', 'p.id', 'u.jurisdiction_id')
    .select([
      'u.phone',
      'u.id',
      'u.username',
      'u.full_name as fullName',
      'u.role',
      'u.organisation_id as organisationId',
      'u.jurisdiction_id as jurisdictionId',
      'p.level as jurisdictionLevel',
      'u.supervisor_id as supervisorId',
      'u.training_completed_on as trainingCompletedOn',
      'u.language',
      'p.name as villageName',
    ])
    .where('u.phone', 'in', [...new Set(phones)])
    .where('u.role', '=', 'izu')
    .where('u.izu_status', '=', 'active')
    .where('u.active', '=', true)
    .execute();
  return new Map(rows.map(({ phone, ...sender }) => [phone!, sender as InboundSender]));
}
