import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, SYNTHETIC_MARKER } from '../national-profile.js';
import { seededId } from '../country.js';
import type { SeedStep } from '../seed-plan.js';
import { quote, TAG, textArray, WORK, type SeedSql } from '../seed-sql.js';

// The country's people: organisations, professional staff with their
// supervisors, and the IZU pair of every village. Always whole, whatever the scale.

const MFA_ROLES = new Set(['sysadmin', 'cpwo', 'cso_caseworker', 'supervisor', 'service_provider', 'hotline_agent', 'ncda_officer', 'dpo']);

async function insertChunks(q: SeedSql, head: string, rows: string[]) {
  for (let i = 0; i < rows.length; i += 500) await q.exec(`${head} values ${rows.slice(i, i + 500).join(', ')}`);
}

/** Villages by rank (code order): the generator places a child in village number k of a district's range. */
const villages: SeedStep = {
  name: 'villages',
  after: [],
  async run(q) {
    await q.exec(`create unlogged table ${WORK}.village as
      select (row_number() over (order by p.id collate "C") - 1)::int as g, p.id as village_id from places p where p.level = 5`);
    await q.exec(`create unique index on ${WORK}.village (g)`);
    await q.exec(`analyze ${WORK}.village`);
    return 0;
  },
};

const organisationsAndStaff: SeedStep = {
  name: 'organisations and staff',
  after: [],
  async run(q, plan) {
    const { organisations, staff } = plan.country;
    const at = plan.startSql;
    await insertChunks(
      q,
      'insert into organisations (id, name, kind, place_id, created_at, updated_at)',
      organisations.map((o) => `(${quote(o.id)}, ${quote(o.name)}, ${quote(o.kind)}, ${quote(o.place)}, ${at}, ${at})`),
    );
    const hash = quote(plan.passwordHash);
    const id = (n: number | null) => (n === null ? 'null' : quote(seededId(TAG.staff, n)));
    await insertChunks(
      q,
      `insert into users (id, username, full_name, role, organisation_id, jurisdiction_id, supervisor_id, training_completed_on,
        language, password_hash, password_changed_at, must_change_password, totp_enabled, created_at, updated_at, izu_status, izu_status_on)`,
      staff.map(
        (s) => `(${id(s.n)}, ${quote(s.username)}, ${quote(s.fullName)}, ${quote(s.role)}, ${s.org ? quote(s.org) : 'null'},
        ${quote(s.jurisdiction)}, ${id(s.supervisor)}, ${s.trained ? `(${at})::date + 30` : 'null'}, ${quote(s.language)},
        ${hash}, ${plan.untilSql}, false, ${MFA_ROLES.has(s.role)}, ${at}, ${at},
        ${s.role.startsWith('izu') ? `'active', (${at})::date` : 'null, null'})`,
      ),
    );
    return organisations.length + staff.length;
  },
};

/** The IZU pair of every village: one woman, one man (framework: selected by the community). */
const izuPairs: SeedStep = {
  name: 'IZU pairs',
  after: ['villages'],
  async run(q, plan) {
    const female = textArray(GIVEN_NAMES_FEMALE);
    const male = textArray(GIVEN_NAMES_MALE);
    const family = textArray(FAMILY_NAMES);
    // Active, with the sex of their place in the pair and a registered number (+25078…, one per volunteer), as the registry keeps them (migrations/0032).
    return q.exec(`insert into users (id, username, full_name, role, jurisdiction_id, training_completed_on, language,
        password_hash, password_changed_at, must_change_password, totp_enabled, created_at, updated_at,
        sex, izu_status, izu_status_on, selected_on, phone)
      select ${WORK}.sid(${TAG.izu}, v.g * 2 + s.s),
        'synth.izu.' || v.village_id || case s.s when 0 then '.f' else '.m' end,
        ${WORK}.pick(case s.s when 0 then ${female} else ${male} end, ${WORK}.u(v.g * 2 + s.s, 1)) || ' ' ||
          ${WORK}.pick(${family}, ${WORK}.u(v.g * 2 + s.s, 2)) || ' ${SYNTHETIC_MARKER}',
        'izu', v.village_id,
        case when ${WORK}.u(v.g * 2 + s.s, 3) < 0.8 then (${plan.startSql})::date + (${WORK}.u(v.g * 2 + s.s, 4) * 3000)::int end,
        'rw', ${quote(plan.passwordHash)}, ${plan.untilSql}, false, false, ${plan.startSql}, ${plan.startSql},
        case s.s when 0 then 'female' else 'male' end, 'active', (${plan.startSql})::date, (${plan.startSql})::date,
        '+25078' || lpad((v.g * 2 + s.s)::text, 7, '0')
      from ${WORK}.village v cross join (values (0), (1)) as s(s)
      order by v.g, s.s`);
  },
};

export const peopleSteps: SeedStep[] = [villages, organisationsAndStaff, izuPairs];
