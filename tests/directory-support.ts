import { client, PLACES, type Session } from './support/factories.js';
import type { TestApp } from './support/test-app.js';

// Bodies and helpers for the directory's tests (src/directory/).

/** A valid provider: an Isange One Stop Centre of Gasabo with two services. */
export function providerBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Isange One Stop Centre Kacyiru',
    kind: 'isange',
    placeId: PLACES.gasabo,
    description: 'Medical, forensic and psychosocial care, 24 hours',
    email: 'isange@example.rw',
    website: 'https://isange.example.rw',
    quality: { rating: 4, reviewedOn: '2026-03-10', note: 'Good follow-up' },
    locations: [{ id: '6b0f7a4e-1d2c-4c3b-9a8e-000000000001', name: 'Kacyiru hospital', placeId: PLACES.gasaboSector, address: 'KG 7 Ave' }],
    phones: [
      { number: '0788 123 456', type: 'voice' },
      { number: '3512', type: 'hotline', description: 'Free line' },
    ],
    services: [
      {
        serviceType: 'forensic_examination',
        name: 'Forensic examination',
        minAge: 0,
        maxAge: 17,
        sexes: [],
        capacityAvailable: 3,
        areaPlaceIds: [PLACES.gasabo],
        schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], description: '24 hours' }],
        locationIds: ['6b0f7a4e-1d2c-4c3b-9a8e-000000000001'],
      },
      {
        serviceType: 'psychosocial_support',
        name: 'Counselling',
        capacityAvailable: null,
        areaPlaceIds: [PLACES.gasaboSector],
        schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:00', closesAt: '17:00' }],
        phones: [{ number: '+250722000111', type: 'cell' }],
      },
    ],
    ...overrides,
  };
}

type ServiceSpec = {
  serviceType: string;
  areaPlaceIds: string[];
  capacityAvailable?: number | null;
  minAge?: number;
  maxAge?: number;
  sexes?: string[];
  name?: string;
};

/** Adds a provider through the API (as an administrator) and returns it. */
export async function addProvider(t: TestApp, admin: Session, input: { name: string; kind: string; placeId?: string; services: ServiceSpec[] }) {
  const res = await client(t, admin).post('/api/v1/directory/providers', {
    name: input.name,
    kind: input.kind,
    placeId: input.placeId ?? PLACES.gasabo,
    services: input.services.map((s) => ({ name: s.name ?? s.serviceType, ...s })),
  });
  if (res.statusCode !== 201) throw new Error(`addProvider ${input.name}: ${res.body}`);
  return res.json() as { id: string; services: { id: string; serviceType: string }[] };
}
