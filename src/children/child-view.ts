import type { Actor } from '../access/actor.js';
import { childIdentityVisible } from '../access/case-access.js';
import type { HOUSEHOLD_RELATIONSHIPS } from '../cases/case-vocabulary.js';
import { ageOn } from './child-age.js';

// A child record as a given reader may see it (need-to-know: see
// childIdentityVisible). Hidden identity fields are null, never guessed at.

export type ChildFields = {
  id: string;
  childCode: string;
  givenName: string;
  familyName: string | null;
  otherNames: string | null;
  sex: 'female' | 'male';
  dateOfBirth: string | null;
  birthDateEstimated: boolean;
  disability: string[];
  disabilityNote: string | null;
  refugeeStatus: 'national' | 'refugee' | 'asylum_seeker' | 'returnee' | 'stateless' | 'unknown';
  placeId: string;
  placeName: string;
};

export function childView(actor: Actor, c: ChildFields, today: string) {
  const visible = childIdentityVisible(actor);
  return {
    id: c.id,
    childCode: c.childCode,
    identityVisible: visible,
    givenName: visible ? c.givenName : null,
    familyName: visible ? c.familyName : null,
    otherNames: visible ? c.otherNames : null,
    sex: c.sex,
    dateOfBirth: visible ? c.dateOfBirth : null,
    birthDateEstimated: c.birthDateEstimated,
    ageYears: c.dateOfBirth ? ageOn(c.dateOfBirth, today) : null,
    disability: c.disability,
    disabilityNote: c.disabilityNote,
    refugeeStatus: c.refugeeStatus,
    place: { id: c.placeId, name: c.placeName },
  };
}

export type HouseholdFields = {
  id: string;
  fullName: string;
  relationship: (typeof HOUSEHOLD_RELATIONSHIPS)[number];
  sex: 'female' | 'male' | null;
  ageYears: number | null;
  phone: string | null;
  isCaregiver: boolean;
  livesWithChild: boolean;
  siblingChildId: string | null;
};

export function householdView(actor: Actor, m: HouseholdFields) {
  const visible = childIdentityVisible(actor);
  return { ...m, fullName: visible ? m.fullName : null, phone: visible ? m.phone : null };
}
