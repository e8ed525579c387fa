import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { IzuInputChannel } from '../db/tables/community.js';
import type { IncidentFlagType } from './izu-visit-vocabulary.js';

// What a volunteer said of an incident they flagged, beside its report in the register.

export async function insertIncidentFlag(
  trx: Transaction<DB>,
  f: { reportId: string; izuUserId: string; type: IncidentFlagType; urgent: boolean; via: IzuInputChannel; at: Date },
): Promise<void> {
  await trx
    .insertInto('izu_incident_flags')
    .values({ report_id: f.reportId, izu_user_id: f.izuUserId, incident_type: f.type, urgent: f.urgent, received_via: f.via, flagged_at: f.at })
    .execute();
}
