import { describe, expect, it } from 'vitest';
import { localDateOf } from '../deadlines/local-time.js';
import { checkUser, jurisdictionFitsRole, placeContains, type UserDraft, type UserReferences } from './user-rules.js';

const ORG = '00000000-0000-4000-8000-000000000001';
const SUP = '00000000-0000-4000-8000-000000000002';

const cpwo: UserDraft = {
  role: 'cpwo',
  organisationId: ORG,
  jurisdictionId: '12',
  supervisorId: SUP,
  trainingCompletedOn: '2026-01-15',
  phone: '0781234567',
};
const refs: UserReferences = {
  organisation: { id: ORG, active: true },
  jurisdiction: { id: '12', level: 2 },
  supervisor: { id: SUP, role: 'supervisor', active: true, organisationId: ORG, jurisdictionId: '12' },
};
const keys = (r: ReturnType<typeof checkUser>) => r.problems.map((p) => `${p.field}:${p.messageKey}`);

describe('jurisdictionFitsRole', () => {
  it('ties each role to its level', () => {
    expect(jurisdictionFitsRole('izu', 5)).toBe(true);
    expect(jurisdictionFitsRole('izu', 4)).toBe(false);
    expect(jurisdictionFitsRole('izu_cell_coordinator', 4)).toBe(true);
    expect(jurisdictionFitsRole('izu_sector_coordinator', 3)).toBe(true);
    expect(jurisdictionFitsRole('cpwo', 2)).toBe(true);
    expect(jurisdictionFitsRole('cso_caseworker', 3)).toBe(false);
    expect(jurisdictionFitsRole('supervisor', 2)).toBe(true);
    expect(jurisdictionFitsRole('supervisor', 0)).toBe(true);
    expect(jurisdictionFitsRole('supervisor', 1)).toBe(false);
    expect(jurisdictionFitsRole('hotline_agent', 0)).toBe(true);
    expect(jurisdictionFitsRole('analyst', 2)).toBe(false);
    expect(jurisdictionFitsRole('service_provider', 4)).toBe(true);
    expect(jurisdictionFitsRole('local_leader', 5)).toBe(true);
  });
});

describe('placeContains', () => {
  it('is the node and everything below it', () => {
    expect(placeContains('RW', '12010101')).toBe(true);
    expect(placeContains('12', '12')).toBe(true);
    expect(placeContains('12', '1201')).toBe(true);
    expect(placeContains('12', '57010101')).toBe(false);
    expect(placeContains('12', 'RW')).toBe(false);
  });
});

describe('localDateOf (the date users are checked against)', () => {
  it('is the date in Kigali (UTC+2), not in UTC', () => {
    expect(localDateOf(new Date('2026-11-02T21:30:00Z'), 'Africa/Kigali')).toBe('2026-11-02');
    expect(localDateOf(new Date('2026-11-02T22:30:00Z'), 'Africa/Kigali')).toBe('2026-11-03');
  });
});

describe('checkUser', () => {
  it('accepts a well-formed CPWO and stores the phone in E.164 form', () => {
    expect(checkUser(cpwo, refs, '2026-11-02')).toEqual({ problems: [], phone: '+250781234567' });
  });
  it('refuses a training date after today', () => {
    expect(keys(checkUser({ ...cpwo, trainingCompletedOn: '2026-11-03' }, refs, '2026-11-02'))).toEqual(['trainingCompletedOn:errors.training_date_in_future']);
    expect(checkUser({ ...cpwo, trainingCompletedOn: '2026-11-02' }, refs, '2026-11-02').problems).toEqual([]);
  });
  it('refuses a bad phone', () => {
    expect(keys(checkUser({ ...cpwo, phone: '12345' }, refs, '2026-11-02'))).toEqual(['phone:errors.phone_invalid']);
  });
  it('needs an active organisation for every role but sysadmin', () => {
    expect(keys(checkUser({ ...cpwo, organisationId: null }, refs, '2026-11-02'))).toContain('organisationId:errors.organisation_required');
    expect(keys(checkUser({ ...cpwo }, { ...refs, organisation: undefined }, '2026-11-02'))).toContain('organisationId:errors.organisation_not_found');
    expect(keys(checkUser(cpwo, { ...refs, organisation: { id: ORG, active: false } }, '2026-11-02'))).toEqual(['organisationId:errors.organisation_inactive']);
    const admin: UserDraft = { ...cpwo, role: 'sysadmin', organisationId: null, jurisdictionId: 'RW', supervisorId: null };
    expect(checkUser(admin, { jurisdiction: { id: 'RW', level: 0 } }, '2026-11-02').problems).toEqual([]);
  });
  it('refuses an unknown place and a level that does not fit the role', () => {
    expect(keys(checkUser(cpwo, { ...refs, jurisdiction: undefined }, '2026-11-02'))).toEqual(['jurisdictionId:errors.place_not_found']);
    expect(keys(checkUser(cpwo, { ...refs, jurisdiction: { id: '1201', level: 3 } }, '2026-11-02'))).toEqual([
      'jurisdictionId:errors.jurisdiction_level_mismatch',
    ]);
  });
  it('requires one supervisor for caseworkers, only optional for others', () => {
    expect(keys(checkUser({ ...cpwo, supervisorId: null }, refs, '2026-11-02'))).toEqual(['supervisorId:errors.supervisor_required']);
    const lead: UserDraft = { ...cpwo, role: 'local_leader', supervisorId: null };
    expect(checkUser(lead, refs, '2026-11-02').problems).toEqual([]);
  });
  it('refuses a supervisor who is not an active supervisor of the same organisation covering the jurisdiction', () => {
    const sup = refs.supervisor!;
    const check = (supervisor: UserReferences['supervisor'], draft: UserDraft = cpwo) => keys(checkUser(draft, { ...refs, supervisor }, '2026-11-02'));
    expect(check(undefined)).toEqual(['supervisorId:errors.supervisor_not_found']);
    expect(check({ ...sup, active: false })).toEqual(['supervisorId:errors.supervisor_not_active_supervisor']);
    expect(check({ ...sup, role: 'cpwo' })).toEqual(['supervisorId:errors.supervisor_not_active_supervisor']);
    expect(check({ ...sup, organisationId: '00000000-0000-4000-8000-000000000009' })).toEqual(['supervisorId:errors.supervisor_outside_organisation']);
    expect(check({ ...sup, jurisdictionId: '57' })).toEqual(['supervisorId:errors.supervisor_outside_jurisdiction']);
    expect(check({ ...sup, jurisdictionId: 'RW' })).toEqual([]);
    expect(check(sup, { ...cpwo, id: SUP })).toEqual(['supervisorId:errors.supervisor_self']);
  });
  it('lists every problem at once', () => {
    const bad: UserDraft = { ...cpwo, supervisorId: null, phone: 'x', trainingCompletedOn: '2030-01-01' };
    expect(checkUser(bad, { ...refs, jurisdiction: undefined }, '2026-11-02').problems).toHaveLength(4);
  });
});

describe('checkUser, one mistake reported once', () => {
  it('does not compare the supervisor with an unknown organisation or place', () => {
    expect(keys(checkUser(cpwo, { ...refs, organisation: undefined }, '2026-11-02'))).toEqual(['organisationId:errors.organisation_not_found']);
    expect(keys(checkUser({ ...cpwo, jurisdictionId: '99' }, { ...refs, jurisdiction: undefined }, '2026-11-02'))).toEqual([
      'jurisdictionId:errors.place_not_found',
    ]);
  });
});
