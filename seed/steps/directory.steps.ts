import { prng, seededId, type Organisation } from '../country.js';
import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, REFUGEE_HOSTING_DISTRICTS, SYNTHETIC_MARKER } from '../national-profile.js';
import type { SeedPlan, SeedStep } from '../seed-plan.js';
import { quote, TAG, textArray, WORK, type SeedSql } from '../seed-sql.js';

// The service directory of the synthetic country (framework: service
// mapping): every organisation the people step made offers its services
// (district offices, sector offices, Isange One Stop Centres, RIB and RNP,
// hospitals and health centres, schools, NGOs, the national agencies), and
// every district gains informal providers (community, faith and youth groups)
// and a legal aid NGO. The gaps are realistic: legal aid and groups reach only
// some sectors, safe shelter exists in a third of the districts, some
// capacity is 0, some annual reviews are due. Built in Node (a few thousand
// rows), written in chunks; deterministic for a seed.

const TAGS = { organisation: 96, service: 97, location: 98, phone: 99, schedule: 100, focalPerson: 101 } as const satisfies Record<string, number>;
// Keep clear of the tags of seed-sql.ts.
for (const t of Object.values(TAGS)) if ((Object.values(TAG) as number[]).includes(t)) throw new Error(`seed tag ${t} is taken`);

/** The national agencies the people step makes (kind government_agency): their own kind, and what they offer. */
const NATIONAL_AGENCIES: {
  match: RegExp;
  kind: string;
  type: string;
  name: string;
  areas?: string[];
  extra?: (c: (max: number, zero: number) => number) => Partial<Service>;
}[] = [
  {
    match: /NRS/,
    kind: 'nrs',
    type: 'rehabilitation',
    name: 'Rehabilitation of children connected to the streets',
    extra: (c) => ({ capacity: c(40, 0.1), minAge: 6, maxAge: 17 }),
  },
  { match: /NCPD/, kind: 'ncpd', type: 'disability_support', name: 'Support for children with disability' },
  { match: /MIFOTRA/, kind: 'labour_inspection', type: 'labour_inspection', name: 'Child labour inspection' },
  { match: /MINEMA/, kind: 'minema', type: 'refugee_support', name: 'Support for refugee children', areas: [...REFUGEE_HOSTING_DISTRICTS] },
];

type Service = {
  id: string;
  org: string;
  type: string;
  name: string;
  areas: string[];
  capacity: number | null;
  minAge?: number;
  maxAge?: number;
  sexes?: string[];
  allDay?: boolean;
};

async function insertChunks(q: SeedSql, head: string, rows: string[]) {
  for (let i = 0; i < rows.length; i += 500) await q.exec(`${head} values ${rows.slice(i, i + 500).join(', ')}`);
}

const lit = (v: string | number | null | undefined) => (v === null || v === undefined ? 'null' : typeof v === 'number' ? String(v) : quote(v));

/** The directory's rows for the country's organisations and the informal providers it adds. */
export function buildDirectory(plan: Pick<SeedPlan, 'seed' | 'until' | 'country'>) {
  const rand = prng(plan.seed + 11);
  const chance = (p: number) => rand() < p;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const orgs: Organisation[] = [...plan.country.organisations];
  const added: Organisation[] = [];
  const addOrg = (name: string, kind: string, place: string) => {
    const o = { id: seededId(TAGS.organisation, added.length + 1), name: `${SYNTHETIC_MARKER} ${name}`, kind, place };
    added.push(o);
    orgs.push(o);
    return o;
  };
  const sectorsOf = new Map<string, { id: string; name: string }[]>();
  for (const o of plan.country.organisations.filter((x) => x.kind === 'sector_office')) {
    const list = sectorsOf.get(o.place.slice(0, 2)) ?? [];
    list.push({ id: o.place, name: o.name.replace(`${SYNTHETIC_MARKER} `, '').replace(/ Sector Office.*/, '') });
    sectorsOf.set(o.place.slice(0, 2), list);
  }
  const districtName = new Map(plan.country.districts.map((d) => [d.id, d.name]));
  const someSectors = (district: string, share: number) => (sectorsOf.get(district) ?? []).filter(() => chance(share)).map((s) => s.id);

  const services: Service[] = [];
  const offer = (org: Organisation, type: string, name: string, areas: string[], extra: Partial<Service> = {}) => {
    if (areas.length === 0) return;
    services.push({ id: seededId(TAGS.service, services.length + 1), org: org.id, type, name, areas, capacity: null, ...extra });
  };
  const capacity = (max: number, zeroShare: number) => (chance(zeroShare) ? 0 : int(1, max));
  const kinds = new Map<string, string>();
  const isangeSeen = new Set<string>();

  for (const o of plan.country.organisations) {
    const d = o.place.slice(0, 2);
    if (o.place === 'RW') {
      if (/RIB 116/.test(o.name)) offer(o, 'investigation', '116 child helpline', ['RW'], { allDay: true });
      else {
        const agency = NATIONAL_AGENCIES.find((a) => a.match.test(o.name));
        if (agency) {
          kinds.set(o.id, agency.kind);
          offer(o, agency.type, agency.name, agency.areas ?? ['RW'], agency.extra?.(capacity));
        }
      }
      continue;
    }
    switch (o.kind) {
      case 'district_office':
        offer(o, 'alternative_care', 'Foster care and family placement', [d], { capacity: capacity(6, 0.25) });
        offer(o, 'psychosocial_support', 'Psychosocial support (CPWO)', [d]);
        break;
      case 'sector_office':
        offer(o, 'social_protection', 'Ubudehe, VUP and Ejo Heza', [o.place]);
        if (chance(0.7)) offer(o, 'parenting_support', "Parenting evenings (Umugoroba w'ababyeyi)", [o.place]);
        break;
      case 'rib':
        offer(o, 'investigation', 'Investigation of offences against children', [d], { allDay: true });
        break;
      case 'rnp':
        offer(o, 'investigation', 'Police child protection desk', [d], { allDay: true });
        break;
      case 'isange': {
        offer(o, 'forensic_examination', 'Forensic examination', [d], { allDay: true, capacity: capacity(4, 0.1) });
        offer(o, 'medical_care', 'Medical care after violence', [d], { allDay: true });
        offer(o, 'psychosocial_support', 'Counselling', [d], { capacity: capacity(8, 0.15) });
        if (!isangeSeen.has(d)) offer(o, 'safe_shelter', 'Temporary safe room', [d], { capacity: capacity(3, 0.4), allDay: true });
        isangeSeen.add(d);
        break;
      }
      case 'health_facility':
        if (o.place.length === 2) offer(o, 'medical_care', 'Hospital care', [d], { allDay: true });
        else offer(o, 'medical_care', 'Health centre consultations', [o.place]);
        break;
      case 'school':
        if (/Primary/.test(o.name)) offer(o, 'education_support', 'School return and catch-up', [o.place], { minAge: 6, maxAge: 14 });
        else offer(o, 'education_support', 'School return and bursaries', [o.place], { minAge: 12, maxAge: 18 });
        break;
      case 'ngo': {
        const type = ['psychosocial_support', 'parenting_support', 'economic_support'][int(0, 2)]!;
        offer(
          o,
          type,
          type === 'economic_support' ? 'Household economic strengthening' : type === 'parenting_support' ? 'Positive parenting groups' : 'Child counselling',
          someSectors(d, 0.5),
          { capacity: capacity(30, 0.2) },
        );
        break;
      }
    }
  }
  for (const [d, name] of districtName) {
    // Legal aid reaches about half the sectors; a safe house exists in a third of the districts.
    offer(addOrg(`Legal Aid Forum ${name}`, 'ngo', d), 'legal_aid', 'Legal aid for children', someSectors(d, 0.55), { capacity: capacity(10, 0.2) });
    if (chance(0.33))
      offer(addOrg(`Safe House ${name}`, 'ngo', d), 'safe_shelter', 'Safe shelter for children', [d], { capacity: capacity(12, 0.3), allDay: true });
    for (const s of sectorsOf.get(d) ?? []) {
      if (chance(0.85))
        offer(
          addOrg(`${s.name} Community Child Protection Committee (${s.id})`, 'community_group', s.id),
          'parenting_support',
          'Home visits and parenting advice',
          [s.id],
        );
      if (chance(0.5)) offer(addOrg(`${s.name} Faith Leaders Forum (${s.id})`, 'faith_group', s.id), 'psychosocial_support', 'Pastoral counselling', [s.id]);
      if (chance(0.4))
        offer(addOrg(`${s.name} Youth Club (${s.id})`, 'youth_group', s.id), 'education_support', 'Peer mentoring and homework club', [s.id], {
          minAge: 10,
          maxAge: 18,
        });
    }
  }
  return { added, orgs, services, kinds, rand: { chance, int } };
}

const directory: SeedStep = {
  name: 'directory',
  after: ['organisations and staff'],
  needs: ['provider_services'],
  async run(q, plan) {
    const { added, orgs, services, kinds, rand } = buildDirectory(plan);
    const at = plan.startSql;
    await insertChunks(
      q,
      'insert into organisations (id, name, kind, place_id, created_at, updated_at)',
      added.map((o) => `(${quote(o.id)}, ${quote(o.name)}, ${quote(o.kind)}, ${quote(o.place)}, ${at}, ${at})`),
    );
    // Quality from the annual review: most reviewed within the year, some older (due), some never.
    const until = new Date(`${plan.until}T00:00:00Z`).getTime();
    const day = (daysAgo: number) => new Date(until - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const phoneOf = (i: number) => `+25078${String(1_000_000 + ((i * 7919) % 9_000_000)).padStart(7, '0')}`;
    const updates = orgs.map((o) => {
      const reviewed = rand.chance(0.15) ? null : day(rand.int(10, 700));
      const slug = o.name
        .replace(`${SYNTHETIC_MARKER} `, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '.')
        .replace(/^\.|\.$/g, '');
      return `(${quote(o.id)}::uuid, ${lit(kinds.get(o.id))}, ${quote(`${slug}@example.rw`)}, ${reviewed ? rand.int(2, 5) : 'null'}, ${lit(reviewed)})`;
    });
    for (let i = 0; i < updates.length; i += 500) {
      await q.exec(`update organisations o set kind = coalesce(v.kind, o.kind), email = v.email, quality_rating = v.rating::smallint,
          quality_reviewed_on = v.reviewed::date
        from (values ${updates.slice(i, i + 500).join(', ')}) as v(id, kind, email, rating, reviewed) where o.id = v.id`);
    }
    const locations = orgs.map((o, i) => ({ id: seededId(TAGS.location, i + 1), org: o }));
    const locationOf = new Map(locations.map((l) => [l.org.id, l.id]));
    await insertChunks(
      q,
      'insert into provider_locations (id, organisation_id, name, place_id)',
      locations.map((l) => `(${quote(l.id)}, ${quote(l.org.id)}, ${quote(`${l.org.name.replace(`${SYNTHETIC_MARKER} `, '')} office`)}, ${quote(l.org.place)})`),
    );
    const updatedAt = `${plan.untilSql} - interval '3 days'`;
    await insertChunks(
      q,
      `insert into provider_services (id, organisation_id, service_type, name, min_age, max_age, sexes, capacity_available, capacity_updated_at, active, created_at, updated_at)`,
      services.map(
        (s) => `(${quote(s.id)}, ${quote(s.org)}, ${quote(s.type)}, ${quote(s.name)}, ${lit(s.minAge)}, ${lit(s.maxAge)},
        '{${(s.sexes ?? []).join(',')}}'::text[], ${lit(s.capacity)}, ${s.capacity === null ? 'null' : updatedAt}, true, ${at}, ${at})`,
      ),
    );
    await insertChunks(
      q,
      'insert into provider_service_areas (service_id, place_id)',
      services.flatMap((s) => s.areas.map((a) => `(${quote(s.id)}, ${quote(a)})`)),
    );
    await insertChunks(
      q,
      'insert into provider_service_locations (service_id, location_id)',
      services.map((s) => `(${quote(s.id)}, ${quote(locationOf.get(s.org)!)})`),
    );
    await insertChunks(
      q,
      'insert into provider_schedules (id, service_id, byday, opens_at, closes_at, description)',
      services.map((s, i) =>
        s.allDay
          ? `(${quote(seededId(TAGS.schedule, i + 1))}, ${quote(s.id)}, 'MO,TU,WE,TH,FR,SA,SU', null, null, '24 hours')`
          : `(${quote(seededId(TAGS.schedule, i + 1))}, ${quote(s.id)}, 'MO,TU,WE,TH,FR', '08:00', '17:00', null)`,
      ),
    );
    await insertChunks(
      q,
      'insert into provider_phones (id, organisation_id, number, type)',
      orgs.map(
        (o, i) =>
          `(${quote(seededId(TAGS.phone, i + 1))}, ${quote(o.id)}, ${quote(/RIB 116/.test(o.name) ? '116' : phoneOf(i + 1))}, ${quote(/RIB 116/.test(o.name) ? 'hotline' : 'voice')})`,
      ),
    );
    // Organisations that take referrals in Rinda but have no provider staff
    // among the country's people (NGOs, sector offices for social protection,
    // the national agencies) get one service provider each, so the referrals
    // sent to them can be answered through the app (only a focal person
    // accepts, records the service and writes feedback). Schools and informal
    // groups keep none: a referral to them would wait unanswered.
    const names = `${WORK}.pick(${textArray([...GIVEN_NAMES_FEMALE, ...GIVEN_NAMES_MALE])}, ${WORK}.u(x.i, 331)) || ' ' || ${WORK}.pick(${textArray(FAMILY_NAMES)}, ${WORK}.u(x.i, 332)) || ' ${SYNTHETIC_MARKER}'`;
    const staffed = await q.exec(`insert into users (id, username, full_name, role, organisation_id, jurisdiction_id, training_completed_on, language,
        password_hash, password_changed_at, must_change_password, totp_enabled, created_at, updated_at)
      select ${WORK}.sid(${TAGS.focalPerson}, x.i), 'synth.provider.' || x.jurisdiction || '.' || x.kind || '.' || x.i, ${names}, 'service_provider',
        x.id, x.jurisdiction, (${at})::date + 30, case when ${WORK}.u(x.i, 333) < 0.7 then 'en' else 'rw' end,
        ${quote(plan.passwordHash)}, ${plan.untilSql}, false, true, ${at}, ${at}
      from (select o.id, o.kind, o.place_id as jurisdiction, row_number() over (order by o.id) as i
            from organisations o
            where o.kind in ('ngo', 'sector_office', 'nrs', 'ncpd', 'labour_inspection', 'minema')
              and not exists (select 1 from users u where u.organisation_id = o.id and u.role = 'service_provider')) x`);
    // The focal persons: the service provider staff of each organisation.
    const focal = await q.exec(`insert into provider_focal_persons (organisation_id, user_id, added_at)
      select u.organisation_id, u.id, ${at} from users u where u.role = 'service_provider' and u.organisation_id is not null`);
    return added.length + services.length + staffed + focal;
  },
};

export const directorySteps: SeedStep[] = [directory];
