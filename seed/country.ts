import {
  DISTRICT_POPULATION,
  districtStaff,
  FAMILY_NAMES,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  NATIONAL_STAFF,
  REFUGEE_HOSTING_DISTRICTS,
  SYNTHETIC_MARKER,
} from './national-profile.js';
import { TAG } from './seed-sql.js';

// The synthetic country's fixed parts, built in Node: its districts (with the
// number range of their villages and staff), organisations and staff. Staff
// are numbered in blocks per district (supervisors, CPWOs, NGO caseworkers),
// so the generator picks a case's lead and supervisor by arithmetic, without
// a join: lead = block start + k, supervisor = supervisors' start + k mod their count.

export type District = {
  id: string;
  name: string;
  population: number;
  refugeeShare: number;
  /** villages of the district are ranks villageBase … villageBase + villages - 1 of all villages by code */
  villageBase: number;
  villages: number;
  supervisorBase: number;
  supervisors: number;
  cpwoBase: number;
  cpwos: number;
  csoBase: number;
  csos: number;
};

export type Organisation = { id: string; name: string; kind: string; place: string };
export type StaffMember = {
  n: number;
  username: string;
  fullName: string;
  role: string;
  org: string | null;
  jurisdiction: string;
  supervisor: number | null;
  trained: boolean;
  language: 'rw' | 'en' | 'fr';
};

export type Country = {
  districts: District[];
  /** 1000 district indexes (1-based), each as often as its share of the population */
  buckets: number[];
  hotlineBase: number;
  hotlines: number;
  organisations: Organisation[];
  staff: StaffMember[];
};

/** A small deterministic PRNG (mulberry32) for the few thousand rows built in Node. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The uuid a seeded row gets (same formula as the SQL function sid). */
export const seededId = (tag: number, n: number) => `5eed${tag.toString(16).padStart(4, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function buckets(districts: District[]): number[] {
  const total = districts.reduce((s, d) => s + d.population, 0);
  const counts = districts.map((d, i) => {
    const exact = (d.population / total) * 1000;
    return { i: i + 1, n: Math.floor(exact), r: exact - Math.floor(exact) };
  });
  let left = 1000 - counts.reduce((s, c) => s + c.n, 0);
  for (const c of [...counts].sort((a, b) => b.r - a.r)) if (left-- > 0) c.n++;
  return counts.flatMap((c) => Array<number>(c.n).fill(c.i));
}

export function buildCountry(places: { id: string; name: string; level: number }[], seed: number): Country {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const personName = () => `${pick(rand() < 0.55 ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE)} ${pick(FAMILY_NAMES)} ${SYNTHETIC_MARKER}`;
  const organisations: Organisation[] = [];
  const staff: StaffMember[] = [];
  const org = (name: string, kind: string, place: string) => {
    const o = { id: seededId(TAG.organisation, organisations.length + 1), name: `${SYNTHETIC_MARKER} ${name}`, kind, place };
    organisations.push(o);
    return o.id;
  };
  const person = (s: Omit<StaffMember, 'n' | 'fullName' | 'language' | 'trained'> & { trained?: boolean }) => {
    const n = staff.length + 1;
    staff.push({ ...s, n, fullName: personName(), language: rand() < 0.7 ? 'en' : 'rw', trained: s.trained ?? rand() < 0.93 });
    return n;
  };

  const ncda = org('NCDA', 'ncda', 'RW');
  const hotline = org('RIB 116 Hotline', 'rib', 'RW');
  for (const agency of ['NRS', 'NCPD', 'MIFOTRA Labour Inspection', 'MINEMA']) org(agency, 'government_agency', 'RW');
  const national: number[] = [];
  for (let i = 1; i <= NATIONAL_STAFF.nationalSupervisors; i++) {
    national.push(person({ username: `synth.supervisor.rw.${i}`, role: 'supervisor', org: ncda, jurisdiction: 'RW', supervisor: null }));
  }
  for (let i = 1; i <= NATIONAL_STAFF.sysadmins; i++)
    person({ username: `synth.sysadmin.${i}`, role: 'sysadmin', org: ncda, jurisdiction: 'RW', supervisor: null });
  for (let i = 1; i <= NATIONAL_STAFF.ncdaOfficers; i++)
    person({ username: `synth.ncda.${i}`, role: 'ncda_officer', org: ncda, jurisdiction: 'RW', supervisor: null });
  for (let i = 1; i <= NATIONAL_STAFF.analysts; i++)
    person({ username: `synth.analyst.${i}`, role: 'analyst', org: ncda, jurisdiction: 'RW', supervisor: null });
  const hotlineBase = staff.length + 1;
  for (let i = 1; i <= NATIONAL_STAFF.hotlineAgents; i++) {
    person({ username: `synth.hotline.${i}`, role: 'hotline_agent', org: hotline, jurisdiction: 'RW', supervisor: national[i % national.length]! });
  }

  const villages = places
    .filter((p) => p.level === 5)
    .map((p) => p.id)
    .sort();
  const districts: District[] = places
    .filter((p) => p.level === 2)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((d, di) => {
      const population = DISTRICT_POPULATION[d.id];
      if (population === undefined) throw new Error(`no population for district ${d.id}`);
      const n = districtStaff(population);
      const office = org(`${d.name} District Office`, 'district_office', d.id);
      const supervisorBase = staff.length + 1;
      for (let i = 1; i <= n.supervisors; i++) {
        person({ username: `synth.supervisor.${d.id}.${i}`, role: 'supervisor', org: office, jurisdiction: d.id, supervisor: national[di % national.length]! });
      }
      const supervisorOf = (k: number) => supervisorBase + (k % n.supervisors);
      const cpwoBase = staff.length + 1;
      for (let k = 0; k < n.cpwos; k++) {
        person({ username: `synth.cpwo.${d.id}.${k + 1}`, role: 'cpwo', org: office, jurisdiction: d.id, supervisor: supervisorOf(k), trained: true });
      }
      const csoBase = staff.length + 1;
      for (let g = 1; g <= n.ngos; g++) {
        const ngo = org(`Child Care NGO ${d.name} ${g}`, 'ngo', d.id);
        for (let i = 1; i <= n.csoCaseworkersPerNgo; i++) {
          person({
            username: `synth.cso.${d.id}.${g}.${i}`,
            role: 'cso_caseworker',
            org: ngo,
            jurisdiction: d.id,
            supervisor: supervisorOf(staff.length + 1 - csoBase),
            trained: true,
          });
        }
      }
      const csos = staff.length + 1 - csoBase;
      const providers: [string, string][] = [
        [`RIB ${d.name}`, 'rib'],
        [`RNP ${d.name}`, 'rnp'],
        [`${d.name} District Hospital`, 'health_facility'],
        ...Array.from({ length: n.isangeCentres }, (_, i) => [`Isange One Stop Centre ${d.name} ${i + 1}`, 'isange'] as [string, string]),
      ];
      for (const [label, kind] of providers) {
        person({
          username: `synth.provider.${d.id}.${kind}.${organisations.length + 1}`,
          role: 'service_provider',
          org: org(label, kind, d.id),
          jurisdiction: d.id,
          supervisor: null,
        });
      }
      const villageBase = villages.findIndex((v) => v.startsWith(d.id));
      const count = villages.filter((v) => v.startsWith(d.id)).length;
      return {
        id: d.id,
        name: d.name,
        population,
        refugeeShare: REFUGEE_HOSTING_DISTRICTS.includes(d.id) ? 0.08 : 0.005,
        villageBase,
        villages: count,
        supervisorBase,
        supervisors: n.supervisors,
        cpwoBase,
        cpwos: n.cpwos,
        csoBase,
        csos,
      };
    });
  for (const s of places.filter((p) => p.level === 3)) {
    const office = org(`${s.name} Sector Office (${s.id})`, 'sector_office', s.id);
    org(`${s.name} Health Centre (${s.id})`, 'health_facility', s.id);
    org(`${s.name} Primary School (${s.id})`, 'school', s.id);
    org(`${s.name} Secondary School (${s.id})`, 'school', s.id);
    person({ username: `synth.izu-coordinator.${s.id}`, role: 'izu_sector_coordinator', org: office, jurisdiction: s.id, supervisor: null, trained: false });
  }
  // The data protection officer at NCDA (Law 058/2021): numbered last, so every other person keeps their number.
  person({ username: 'synth.dpo.1', role: 'dpo', org: ncda, jurisdiction: 'RW', supervisor: null, trained: false });
  return { districts, buckets: buckets(districts), hotlineBase, hotlines: NATIONAL_STAFF.hotlineAgents, organisations, staff };
}

/**
 * SQL expressions over the country, as constants in the statement: a district
 * attribute by district index, a district index from a uniform number. Arrays
 * of integers index in constant time, so no join is needed per generated row.
 */
export function countrySql(country: Country) {
  const ints = (xs: number[]) => `'{${xs.join(',')}}'::int[]`;
  const floats = (xs: number[]) => `'{${xs.join(',')}}'::float8[]`;
  const ds = country.districts;
  return {
    districtIndex: (u: string) => `(${ints(country.buckets)})[1 + floor(${u} * 1000)::int]`,
    districtId: (di: string) => `('{${ds.map((d) => d.id).join(',')}}'::text[])[${di}]`,
    int: (key: 'villageBase' | 'villages' | 'supervisorBase' | 'supervisors' | 'cpwoBase' | 'cpwos' | 'csoBase' | 'csos', di: string) =>
      `(${ints(ds.map((d) => d[key]))})[${di}]`,
    refugeeShare: (di: string) => `(${floats(ds.map((d) => d.refugeeShare))})[${di}]`,
  };
}
