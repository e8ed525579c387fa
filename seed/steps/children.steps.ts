import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, NATIONAL_FIGURES, SYNTHETIC_MARKER } from '../national-profile.js';
import type { SeedStep } from '../seed-plan.js';
import { countrySql } from '../country.js';
import { CROCKFORD } from '../../src/children/child-code.js';
import { nameSearchKey } from '../../src/children/child-name.js';
import { TAG, textArray, WORK } from '../seed-sql.js';

// Children and their households. A child is generated at the time of their
// first report; children are numbered in time order, and the volume grows over
// the ten years (density 1 + 1.5 t: the last year has 2.5 times the first's).

const U = `${WORK}.u`;
const keys = (names: readonly string[]) => textArray(names.map((n) => nameSearchKey(n)));
const DISABILITIES = textArray(['physical', 'visual', 'hearing', 'intellectual', 'psychosocial']);

const childStaging: SeedStep = {
  name: 'children (staging)',
  after: ['villages'],
  async run(q, plan) {
    const C = plan.children;
    const repeat = NATIONAL_FIGURES.repeatCaseShare;
    const k = countrySql(plan.country);
    // Laterals with "offset 0" compute each layer once per row (the planner
    // would otherwise inline a layer into every use of it).
    await q.exec(`create unlogged table ${WORK}.child as
      select g.c, ${WORK}.sid(${TAG.child}, g.c) as id, g.di,
        g.district_id || '-' || ${WORK}.base32(cc.v) || '-' || substr('${CROCKFORD}', ((g.district_value + cc.v) % 37)::int + 1, 1) as code,
        g.district_id, v.village_id as place_id, g.village_rank, g.cpwo_n,
        case when ${U}(g.c, 4) < 0.58 then 'female' else 'male' end as sex,
        ${plan.startSql} + g.t * (${plan.untilSql} - ${plan.startSql}) as received_at,
        case when ${U}(g.c, 5) < ${1 - repeat} then 1 when ${U}(g.c, 5) < ${1 - repeat / 5} then 2 else 3 end as n_cases,
        floor(18 * power(${U}(g.c, 6), 0.7))::int as age_years,
        case when ${U}(g.c, 8) < 0.06 then array[${WORK}.pick(${DISABILITIES}, ${U}(g.c, 9))] else '{}'::text[] end as disability,
        case when ${U}(g.c, 10) < g.refugee_share then 'refugee' when ${U}(g.c, 10) < g.refugee_share + 0.01 then 'returnee' else 'national' end as refugee_status
      from (
        select c, a.di, b.*
        from generate_series(0, ${C - 1}) as c
        cross join lateral (select ${k.districtIndex(`${U}(c, 1)`)} as di offset 0) a
        cross join lateral (select ${k.districtId('a.di')} as district_id,
            ${k.int('villageBase', 'a.di')} + floor(${U}(c, 2) * ${k.int('villages', 'a.di')})::int as village_rank,
            ${k.int('cpwoBase', 'a.di')} + floor(${U}(c, 7) * ${k.int('cpwos', 'a.di')})::int as cpwo_n,
            ${k.refugeeShare('a.di')} as refugee_share,
            substr(${k.districtId('a.di')}, 1, 1)::bigint * 34359738368 + substr(${k.districtId('a.di')}, 2, 1)::bigint * 1073741824 as district_value,
            -- inverse of the growing density's distribution function, plus jitter inside the child's slot
            (-1 + sqrt(1 + 5.25 * ((c + ${U}(c, 3)) / ${C}::float8))) / 1.5 as t
          offset 0) b
      ) g
      -- The child code (src/children/child-code.ts): DD-XXXXXX-C, C Crockford's mod-37 check over DD and XXXXXX; a draw whose
      -- check is not a letter or digit is drawn again (the next of 16 numbers reserved for the child).
      cross join lateral (
        select v from generate_series(0, 15) as k cross join lateral (select ${WORK}.scramble(g.c * 16 + k) as v offset 0) s
        where (g.district_value + v) % 37 < 32 limit 1
      ) cc
      join ${WORK}.village v on v.g = g.village_rank`);
    await q.exec(`analyze ${WORK}.child`);
    return C;
  },
};

const children: SeedStep = {
  name: 'children',
  after: ['children (staging)'],
  async run(q) {
    const female = textArray(GIVEN_NAMES_FEMALE);
    const male = textArray(GIVEN_NAMES_MALE);
    const family = textArray(FAMILY_NAMES);
    return q.exec(`insert into children (id, child_code, district_id, place_id, given_name, family_name, other_names, search_name, sex,
        date_of_birth, birth_date_estimated, disability, refugee_status, created_by, created_at, updated_at)
      select id, code, district_id, place_id, given, family, '${SYNTHETIC_MARKER}', given_key || ' ' || family_key || ' ${nameSearchKey(SYNTHETIC_MARKER)}', sex,
        received_at::date - (age_years * 365.25 + ${U}(c, 13) * 360)::int, ${U}(c, 14) < 0.3, disability, refugee_status,
        ${WORK}.sid(${TAG.staff}, cpwo_n), received_at, received_at
      from (
        select ch.*, ${WORK}.pick(case when sex = 'female' then ${female} else ${male} end, ${U}(c, 11)) as given,
          ${WORK}.pick(${family}, ${U}(c, 12)) as family,
          -- the search key (src/children/child-name.ts) of the same names: the key lists run parallel to the name lists
          ${WORK}.pick(case when sex = 'female' then ${keys(GIVEN_NAMES_FEMALE)} else ${keys(GIVEN_NAMES_MALE)} end, ${U}(c, 11)) as given_key,
          ${WORK}.pick(${keys(FAMILY_NAMES)}, ${U}(c, 12)) as family_key
        from ${WORK}.child ch
      ) x
      order by c`);
  },
};

/** One to three household members per child: usually the mother or a grandparent, often a father, sometimes a sibling. */
const households: SeedStep = {
  name: 'household members',
  after: ['children (staging)'],
  async run(q) {
    const female = textArray(GIVEN_NAMES_FEMALE);
    const male = textArray(GIVEN_NAMES_MALE);
    const family = textArray(FAMILY_NAMES);
    return q.exec(`insert into household_members (id, child_id, full_name, relationship, sex, age_years, is_caregiver, lives_with_child, created_at)
      select ${WORK}.sid(${TAG.householdMember}, c * 4 + k), id,
        ${WORK}.pick(case when rsex = 'female' then ${female} else ${male} end, ${U}(c * 4 + k, 61)) || ' ' ||
          ${WORK}.pick(${family}, ${U}(c * 4 + k, 62)) || ' ${SYNTHETIC_MARKER}',
        relationship, rsex,
        case relationship when 'sibling' then greatest(0, age_years + (${U}(c * 4 + k, 63) * 10)::int - 5)
          when 'grandparent' then 55 + (${U}(c * 4 + k, 63) * 25)::int else age_years + 18 + (${U}(c * 4 + k, 63) * 22)::int end,
        k <= 2 and relationship <> 'sibling', ${U}(c * 4 + k, 64) < 0.9, received_at
      from (
        select ch.c, ch.id, ch.age_years, ch.received_at, k,
          case k
            when 1 then case when ${U}(ch.c * 4 + k, 60) < 0.75 then 'mother' when ${U}(ch.c * 4 + k, 60) < 0.9 then 'grandparent' else 'aunt_uncle' end
            when 2 then case when ${U}(ch.c * 4 + k, 60) < 0.8 then 'father' else 'stepfather' end
            else 'sibling' end as relationship,
          case when k = 1 then 'female' when k = 2 then 'male' when ${U}(ch.c * 4 + k, 65) < 0.5 then 'female' else 'male' end as rsex
        from ${WORK}.child ch cross join lateral generate_series(1, 1 + floor(${U}(ch.c, 15) * 3)::int) as k
      ) x
      `);
  },
};

export const childSteps: SeedStep[] = [childStaging, children, households];
