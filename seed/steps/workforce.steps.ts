import type { SeedStep } from '../seed-plan.js';
import { TAG, WORK } from '../seed-sql.js';

// Workforce (issue 16): the register entry of every staff member's national
// training (the date on the account is what the gate reads; the register
// holds the record), and a supportive supervision session of each caseworker
// with their supervisor three weeks before the end of the generated world,
// discussing no case and agreeing one action.

const trainingRecords: SeedStep = {
  name: 'training register',
  after: ['organisations and staff'],
  needs: ['training_records'],
  async run(q, plan) {
    return q.exec(`insert into training_records (id, user_id, training_code, completed_on, provider, recorded_at)
      select ${WORK}.sid(${TAG.trainingRecord}, row_number() over (order by u.id)), u.id, 'national_case_management',
        u.training_completed_on, 'NCDA', ${plan.startSql}
      from users u where u.training_completed_on is not null`);
  },
};

const supervisionSessions: SeedStep = {
  name: 'supervision sessions',
  after: ['organisations and staff'],
  needs: ['supervision_sessions', 'supervision_actions'],
  async run(q, plan) {
    const held = `(${plan.untilSql})::date - 21`;
    const sessions = await q.exec(`insert into supervision_sessions (id, supervisor_id, caseworker_id, district_id, held_on, themes, recorded_at,
        acknowledged_at)
      select ${WORK}.sid(${TAG.supervisionSession}, row_number() over (order by u.id)), u.supervisor_id, u.id,
        case when length(u.jurisdiction_id) >= 2 and u.jurisdiction_id <> 'RW' then left(u.jurisdiction_id, 2) else u.jurisdiction_id end,
        ${held}, array['accountability', 'wellbeing']::text[], (${held}) + interval '14 hours', (${held}) + interval '2 days 9 hours'
      from users u where u.role in ('cpwo', 'cso_caseworker') and u.supervisor_id is not null`);
    const actions = await q.exec(`insert into supervision_actions (id, session_id, description, due_on)
      select ${WORK}.sid(${TAG.supervisionAction}, row_number() over (order by s.id)), s.id, 'Update the case plans due for review', s.held_on + 14
      from supervision_sessions s`);
    return sessions + actions;
  },
};

export const workforceSteps: SeedStep[] = [trainingRecords, supervisionSessions];
