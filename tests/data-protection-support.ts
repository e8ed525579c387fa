import { insertCase } from './support/case-factories.js';
import type { TestApp } from './support/test-app.js';
import { PLACES } from './support/factories.js';

// A child's file with everyone the rights must keep apart: the child, a
// caregiver (the mother), the father, the reporter, and an assessment naming
// the alleged perpetrator's relationship.

export const NAMES = {
  child: 'Ineza',
  childFamily: 'Gatete',
  mother: 'Mukamana Odile',
  motherPhone: '+250788111222',
  father: 'Habimana Jean',
  fatherPhone: '+250788333444',
  reporter: 'Nyiraneza Claudine',
  perpetrator: 'step-uncle',
};

export async function childFile(t: TestApp, openedBy: string, opts: { placeId?: string; stage?: string; supervisorId?: string | null } = {}) {
  const { db } = t.database;
  const made = await insertCase(t, {
    openedBy,
    placeId: opts.placeId ?? PLACES.gasaboVillage,
    stage: opts.stage,
    supervisorId: opts.supervisorId ?? null,
    givenName: NAMES.child,
    familyName: NAMES.childFamily,
  });
  if (opts.stage === 'closed')
    await db.updateTable('cases').set({ closed_at: t.clock.now(), closure_reason: 'goals_met' }).where('id', '=', made.case.id).execute();
  await db
    .updateTable('incident_reports')
    .set({ reporter_name: NAMES.reporter, reporter_phone: '+250788999000', channel: 'community_member' })
    .where('id', '=', made.report.id)
    .execute();
  const [mother, father] = await db
    .insertInto('household_members')
    .values([
      { child_id: made.child.id, full_name: NAMES.mother, relationship: 'mother', sex: 'female', age_years: 34, phone: NAMES.motherPhone, is_caregiver: true },
      { child_id: made.child.id, full_name: NAMES.father, relationship: 'father', sex: 'male', age_years: 40, phone: NAMES.fatherPhone, is_caregiver: false },
    ])
    .returning('id')
    .execute();
  await db
    .insertInto('assessments')
    .values({
      case_id: made.case.id,
      version: 1,
      incident_facts: 'The child was beaten at home.',
      perpetrator_relationship: NAMES.perpetrator,
      perpetrator_sex: 'male',
      perpetrator_age_group: 'adult',
      perpetrator_has_access: true,
      domains: JSON.stringify([]),
      sibling_risk: 'none',
      summary: 'Needs a safe place to sleep.',
      assessed_by: openedBy,
      assessed_at: t.clock.now(),
    })
    .execute();
  return { ...made, motherId: mother!.id, fatherId: father!.id };
}
