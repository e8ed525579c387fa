import { WORK } from '../seed-sql.js';

// SQL expressions shared by the alternative care and reintegration steps.

export const U = `${WORK}.u`;
const TZ = `'Africa/Kigali'`;

/** The Kigali date of a timestamptz, and the end of a Kigali date (how src/deadlines dates a due day). */
export const localDate = (t: string) => `(${t} at time zone ${TZ})::date`;
export const endOfLocalDay = (date: string) => `((${date} + 1)::timestamp at time zone ${TZ})`;
/** A Kigali date at an hour of that day. */
export const atHour = (date: string, hour: number) => `((${date})::timestamp + interval '${hour} hours') at time zone ${TZ}`;

/** Whole years of age on a date (src/care/care-vocabulary.ts ageOn). */
export const ageOn = (dob: string, on: string) => `extract(year from age(${on}, ${dob}))::int`;

/**
 * The day (from the placement's start) of the i-th monitoring visit on the
 * schedule of src/care/care-vocabulary.ts VISIT_SCHEDULE: weekly in the first
 * month, monthly to the sixth, quarterly after.
 */
export const visitDay = (i: string) => `(case when ${i} <= 4 then 7 * ${i} when ${i} <= 9 then 28 + 30 * (${i} - 4) else 178 + 91 * (${i} - 9) end)`;

/** Days to the next visit after one made `age` days into the placement (the same schedule). */
export const visitStep = (age: string) => `(case when ${age} < 30 then 7 when ${age} < 183 then 30 else 91 end)`;

/** An overdue deadline has climbed a level every few days, as the escalation job would have it. */
export const escalation = (due: string, until: string) =>
  `case when ${due} >= ${until} then 0 when ${due} > ${until} - interval '1 day' then 1 when ${due} > ${until} - interval '3 days' then 2
        when ${due} > ${until} - interval '10 days' then 3 else 4 end`;
