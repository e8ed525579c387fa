import { HOUSEHOLD_CONCERNS } from '../../src/community/izu-visit-vocabulary.js';
import type { SeedStep } from '../seed-plan.js';
import { TAG, textArray, WORK } from '../seed-sql.js';

// The IZU's household visits (framework §6: 8-10 a month per volunteer) over
// the last three months of the generated world. A share of the volunteers
// equal to the scale (people are whole, their work follows the case load):
// 27 visits each, to households of their village with codes like 'H017', most
// finding nothing, some a concern; most sent by SMS or USSD.

const VISITS_EACH = 27;
const DAYS = 90;

const householdVisits: SeedStep = {
  name: 'IZU household visits',
  after: ['IZU pairs'],
  needs: ['izu_household_visits'],
  async run(q, plan) {
    const U = `${WORK}.u`;
    // The volunteer's number (as the IZU pairs step numbers them) and the visit's.
    const n = '(v.g * 2 + s.s)';
    const r = `(${n} * 64 + k.k)`;
    const concerns = textArray(HOUSEHOLD_CONCERNS);
    return q.exec(`insert into izu_household_visits (id, izu_user_id, village_id, district_id, household_code, visited_on,
        children_seen, concerns, received_via, recorded_at)
      select ${WORK}.sid(${TAG.householdVisit}, ${r}), ${WORK}.sid(${TAG.izu}, ${n}), v.village_id, substr(v.village_id, 1, 2),
        'H' || lpad((1 + floor(${U}(${r}, 401) * 80))::int::text, 3, '0'),
        (${plan.untilSql})::date - 1 - floor(${U}(${r}, 402) * ${DAYS})::int,
        floor(${U}(${r}, 403) * 5)::int,
        case when ${U}(${r}, 404) < 0.7 then '{}'::text[] else array[${WORK}.pick(${concerns}, ${U}(${r}, 405))] end,
        case when ${U}(${r}, 406) < 0.6 then 'sms' when ${U}(${r}, 406) < 0.8 then 'ussd' else 'web' end,
        ((${plan.untilSql})::date - 1 - floor(${U}(${r}, 402) * ${DAYS})::int) + interval '15 hours'
      from ${WORK}.village v cross join (values (0), (1)) as s(s) cross join generate_series(1, ${VISITS_EACH}) as k(k)
      where ${U}(${n}, 400) < ${plan.scale}`);
  },
};

export const izuVisitSteps: SeedStep[] = [householdVisits];
