import type { Actor } from '../../src/access/actor.js';
import { izuActor } from '../../src/sms/inbound/izu-submission.js';

/**
 * The IZU as the SMS and USSD workers make them (izuActor, from the account
 * their registered number names), for tests that call the in-transaction
 * services directly with a user row of the test database.
 */
export function izuActorOf(user: { id: string; username: string; full_name: string; jurisdiction_id: string }, channel: 'sms' | 'ussd' = 'sms'): Actor {
  return izuActor(
    {
      id: user.id,
      username: user.username,
      fullName: user.full_name,
      role: 'izu',
      organisationId: null,
      jurisdictionId: user.jurisdiction_id,
      jurisdictionLevel: 5,
      supervisorId: null,
      trainingCompletedOn: null,
      language: 'rw',
      villageName: '',
    },
    channel,
  );
}
