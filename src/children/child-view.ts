import type { HOUSEHOLD_RELATIONSHIPS } from '../cases/case-vocabulary.js';
import type { ChildRow } from './child.repository.js';

// A child record as the response shows it. Need-to-know is applied before
// this, where the record is loaded (caseFieldVisibility in
// src/access/case-access.ts, applied by the repositories): hidden identity
// fields arrive here as null and stay null.

type ChildFields = Omit<ChildRow, 'districtId'>;

export function childView(c: ChildFields) {
  return {
    id: c.id,
    childCode: c.childCode,
    identityVisible: c.identityVisible,
    givenName: c.givenName,
    familyName: c.familyName,
    otherNames: c.otherNames,
    sex: c.sex,
    dateOfBirth: c.dateOfBirth,
    birthDateEstimated: c.birthDateEstimated,
    ageYears: c.ageYears,
    disability: c.disability,
    disabilityNote: c.disabilityNote,
    refugeeStatus: c.refugeeStatus,
    place: { id: c.placeId, name: c.placeName },
  };
}

export type HouseholdFields = {
  id: string;
  fullName: string | null;
  relationship: (typeof HOUSEHOLD_RELATIONSHIPS)[number];
  sex: 'female' | 'male' | null;
  ageYears: number | null;
  phone: string | null;
  isCaregiver: boolean;
  livesWithChild: boolean;
  siblingChildId: string | null;
};
