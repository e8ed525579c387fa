import { sql } from 'kysely';
import type { ReferralFieldGroup } from '../../access/referral-access.js';
import type { Db } from '../../db/database.js';
import type { ProviderReferral } from './referrals.schemas.js';

// What a provider's focal person sees of the child (framework step 7: share
// only what the provider needs). Each group of fields is read by its own
// query, run only when the access module's visibility says the referral
// shares it: a group not shared is never read from the database.

type Shown = Record<ReferralFieldGroup, boolean>;
type Source = { caseId: string | null; reportId: string | null };
type SharedChild = ProviderReferral['child'];

/** The child's data a referral shares, for the groups `shown` allows and no other. */
export async function sharedChildData(db: Db, source: Source, shown: Shown, today: string): Promise<SharedChild> {
  return source.caseId ? ofCase(db, source.caseId, shown, today) : ofReport(db, source.reportId!, shown);
}

async function ofCase(db: Db, caseId: string, shown: Shown, today: string): Promise<SharedChild> {
  const base = await db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select([
      'ch.id as childId',
      'ch.child_code as childCode',
      'ch.sex',
      'c.report_id as reportId',
      sql<number | null>`extract(year from age(${today}::date, ch.date_of_birth))::int`.as('ageYears'),
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();

  const identity = shown.identity
    ? await db
        .selectFrom('children as ch')
        .innerJoin('places as p', 'p.id', 'ch.place_id')
        .select([
          'ch.given_name as givenName',
          'ch.family_name as familyName',
          'ch.other_names as otherNames',
          sql<string | null>`ch.date_of_birth::text`.as('dateOfBirth'),
          'p.name as placeName',
        ])
        .where('ch.id', '=', base.childId)
        .executeTakeFirstOrThrow()
    : null;

  const contact = shown.contact
    ? {
        caregivers: await db
          .selectFrom('household_members as hm')
          .select(['hm.full_name as fullName', 'hm.relationship', 'hm.phone'])
          .where('hm.child_id', '=', base.childId)
          .where('hm.is_caregiver', '=', true)
          .orderBy('hm.id')
          .execute(),
      }
    : null;

  const incident = shown.incident
    ? await db
        .selectFrom('incident_reports as r')
        .innerJoin('cases as c', 'c.report_id', 'r.id')
        .select([
          'r.what_happened as whatHappened',
          sql<string | null>`r.incident_date::text`.as('incidentDate'),
          'r.incident_place as incidentPlace',
          'c.case_types as caseTypes',
          'c.tier',
        ])
        .where('c.id', '=', caseId)
        .executeTakeFirstOrThrow()
    : null;

  const latestAssessment = (columns: 'health' | 'assessment') =>
    db
      .selectFrom('assessments as a')
      .select(columns === 'health' ? ['a.domains'] : ['a.summary', 'a.domains', 'a.sibling_risk', 'a.perpetrator_relationship'])
      .where('a.case_id', '=', caseId)
      .orderBy('a.version', 'desc')
      .limit(1)
      .executeTakeFirst();

  let health: SharedChild['health'] = null;
  if (shown.health) {
    const child = await db.selectFrom('children').select(['disability', 'disability_note']).where('id', '=', base.childId).executeTakeFirstOrThrow();
    const a = (await latestAssessment('health')) as { domains: { domain: string; needs: string | null }[] } | undefined;
    health = { disability: child.disability, disabilityNote: child.disability_note, healthNeeds: a?.domains.find((d) => d.domain === 'health')?.needs ?? null };
  }

  let assessment: SharedChild['assessment'] = null;
  if (shown.assessment) {
    const a = (await latestAssessment('assessment')) as
      | {
          summary: string | null;
          domains: { domain: string; needs: string | null; needLevel: string | null }[];
          sibling_risk: string;
          perpetrator_relationship: string;
        }
      | undefined;
    assessment = a
      ? {
          summary: a.summary,
          domains: a.domains.map((d) => ({ domain: d.domain, needs: d.needs, needLevel: d.needLevel })),
          siblingRisk: a.sibling_risk,
          perpetratorRelationship: a.perpetrator_relationship,
        }
      : null;
  }

  const plan = shown.plan
    ? {
        goals: await db
          .selectFrom('case_plan_goals as g')
          .innerJoin('case_plans as pl', 'pl.id', 'g.plan_id')
          .select(['g.description', 'g.measure', sql<string | null>`g.target_date::text`.as('targetDate'), 'g.status'])
          .where('pl.case_id', '=', caseId)
          .where(
            'pl.version',
            '=',
            db
              .selectFrom('case_plans')
              .select(sql<number>`max(version)`.as('v'))
              .where('case_id', '=', caseId),
          )
          .orderBy('g.position')
          .execute(),
      }
    : null;

  return { childCode: base.childCode, sex: base.sex, ageYears: base.ageYears, identity, contact, incident, health, assessment, plan };
}

/** A report's early intervention referral: the child as reported (no case file, so no assessment or plan). */
async function ofReport(db: Db, reportId: string, shown: Shown): Promise<SharedChild> {
  const shownOrNull = (visible: boolean, column: string) => (visible ? sql<string | null>`${sql.ref(column)}` : sql<string | null>`null`);
  const r = await db
    .selectFrom('incident_reports as r')
    .innerJoin('places as p', 'p.id', 'r.place_id')
    .select(['r.reference', 'r.child_sex', 'r.child_age_years'])
    .select([
      shownOrNull(shown.identity, 'r.child_name').as('child_name'),
      shownOrNull(shown.identity, 'p.name').as('placeName'),
      shownOrNull(shown.incident, 'r.what_happened').as('what_happened'),
      (shown.incident ? sql<string | null>`r.incident_date::text` : sql<string | null>`null`).as('incident_date'),
      shownOrNull(shown.incident, 'r.incident_place').as('incident_place'),
    ])
    .where('r.id', '=', reportId)
    .executeTakeFirstOrThrow();
  return {
    childCode: r.reference,
    sex: r.child_sex ?? 'unknown',
    ageYears: r.child_age_years,
    identity: shown.identity ? { givenName: r.child_name ?? '', familyName: null, otherNames: null, dateOfBirth: null, placeName: r.placeName ?? '' } : null,
    contact: null,
    incident: shown.incident
      ? { whatHappened: r.what_happened ?? '', incidentDate: r.incident_date, incidentPlace: r.incident_place, caseTypes: [], tier: null }
      : null,
    health: null,
    assessment: null,
    plan: null,
  };
}
