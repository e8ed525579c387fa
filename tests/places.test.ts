import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeNameQuery } from '../src/places/place-name.js';
import { placeSearchQuery, prepareMapSearch } from '../src/places/place.repository.js';
import { client, PLACES, sessionFor, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let izu: Session;
beforeAll(async () => {
  t = await createTestApp();
  // As after autovacuum (or loadMap's own tidy-up): pending index entries merged, statistics gathered.
  await prepareMapSearch(t.database.db);
  // A village volunteer: the whole map is readable by every signed-in user.
  izu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
});
afterAll(() => t.close());

const get = (url: string) => client(t, izu).get(url);
const search = async (query: string) => {
  const res = await get(`/api/v1/places?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; name: string; level: number; levelName: string; path: { id: string }[]; label: string }[];
};

describe('GET /api/v1/places/:id', () => {
  it('returns a village with its path from Rwanda down', async () => {
    const res = await get('/api/v1/places/57010509');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: '57010509',
      name: 'Rweru II',
      level: 5,
      levelName: 'village',
      parentId: '570105',
      path: [
        { id: 'RW', name: 'Rwanda', level: 0 },
        { id: '5', name: 'Eastern Province', level: 1 },
        { id: '57', name: 'Bugesera', level: 2 },
        { id: '5701', name: 'Gashora', level: 3 },
        { id: '570105', name: 'Ramiro', level: 4 },
        { id: '57010509', name: 'Rweru II', level: 5 },
      ],
    });
  });

  it('returns the root and a district', async () => {
    expect((await get('/api/v1/places/RW')).json()).toEqual({
      id: 'RW',
      name: 'Rwanda',
      level: 0,
      levelName: 'country',
      parentId: null,
      path: [{ id: 'RW', name: 'Rwanda', level: 0 }],
    });
    const gasabo = (await get('/api/v1/places/12')).json();
    expect(gasabo).toMatchObject({ name: 'Gasabo', levelName: 'district', parentId: '1' });
    expect(gasabo.path.map((p: { id: string }) => p.id)).toEqual(['RW', '1', '12']);
  });

  it('answers 404 for a well-formed code that is not on the map', async () => {
    for (const id of ['59', '5799', '57010599']) {
      const res = await get(`/api/v1/places/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.messageKey).toBe('errors.not_found');
    }
  });

  it('refuses a malformed code with 400 naming params.id', async () => {
    for (const id of ['rw', '6', '570', '5701050', 'Gasabo']) {
      const res = await get(`/api/v1/places/${id}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['params.id']);
    }
  });
});

describe('GET /api/v1/places/:id/children', () => {
  it('lists the provinces under Rwanda by name, with their district counts', async () => {
    const res = await get('/api/v1/places/RW/children');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { id: '5', name: 'Eastern Province', level: 1, levelName: 'province', childCount: 7 },
      { id: '1', name: 'Kigali City', level: 1, levelName: 'province', childCount: 3 },
      { id: '4', name: 'Northern Province', level: 1, levelName: 'province', childCount: 5 },
      { id: '2', name: 'Southern Province', level: 1, levelName: 'province', childCount: 8 },
      { id: '3', name: 'Western Province', level: 1, levelName: 'province', childCount: 7 },
    ]);
  });

  it('lists the districts of Kigali with their sector counts', async () => {
    const items = (await get('/api/v1/places/1/children')).json().items;
    expect(items.map((i: { name: string; childCount: number }) => [i.name, i.childCount])).toEqual([
      ['Gasabo', 15],
      ['Kicukiro', 10],
      ['Nyarugenge', 10],
    ]);
  });

  it('lists the villages of a cell, which have no children', async () => {
    const items = (await get('/api/v1/places/570105/children')).json().items;
    expect(items.map((i: { name: string }) => i.name)).toEqual([
      'Dihiro',
      'Kagasa I',
      'Kagasa II',
      'Karusine I',
      'Karusine II',
      'Migina',
      'Munyinya',
      'Rweru I',
      'Rweru II',
    ]);
    expect(items.every((i: { levelName: string; childCount: number }) => i.levelName === 'village' && i.childCount === 0)).toBe(true);
  });

  it('answers an empty list for a village and 404 for an unknown place', async () => {
    expect((await get('/api/v1/places/57010509/children')).json()).toEqual({ items: [] });
    expect((await get('/api/v1/places/59/children')).statusCode).toBe(404);
    const bad = await get('/api/v1/places/x1/children');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('params.id');
  });
});

describe('GET /api/v1/places (search)', () => {
  it('finds a village whatever the case, spacing, punctuation or numeral form', async () => {
    for (const q of ['Rweru II', 'rweru ii', '  RWERU   Ii ', 'rweru-ii', 'Rweru 2']) {
      const [first] = await search(`q=${encodeURIComponent(q)}`);
      expect(first).toMatchObject({ id: '57010509', name: 'Rweru II', levelName: 'village' });
      expect(first!.label).toBe('Rweru II, Ramiro, Gashora, Bugesera, Eastern Province');
    }
  });

  it('ranks exact names first, then names that start with the query, then similar ones', async () => {
    const items = await search('q=rweru&limit=50');
    const names = items.map((i) => i.name);
    expect(names.slice(0, 6)).toEqual(Array(6).fill('Rweru'));
    expect(names.slice(6, 8).sort()).toEqual(['Rweru I', 'Rweru II']);
    expect(names.length).toBeGreaterThan(8);
    // Places with the same name are told apart by their labels.
    const labels = items.slice(0, 6).map((i) => i.label);
    expect(new Set(labels).size).toBe(6);
    expect(labels).toContain('Rweru, Bugesera, Eastern Province');
  });

  it('forgives spelling mistakes (trigram similarity)', async () => {
    const items = await search('q=kacyru');
    expect(items.length).toBeGreaterThan(1);
    expect(items[0]!.name).toBe('Kacyiru');
    expect(items.map((i) => i.id)).toContain('1207');
  });

  it('gives every result its full path, root first', async () => {
    const items = await search('q=nyamata&limit=10');
    expect(items.length).toBe(10);
    for (const item of items) {
      expect(item.path[0]!.id).toBe('RW');
      expect(item.path.at(-1)!.id).toBe(item.id);
      expect(item.path.length).toBe(item.level + 1);
    }
  });

  it('restricts to one level, by name or number', async () => {
    const byName = await search('q=rweru&level=sector');
    expect(byName[0]!.id).toBe('5714');
    expect(byName.every((i) => i.levelName === 'sector')).toBe(true);
    const byNumber = await search('q=rweru&level=4');
    expect(byNumber[0]!.id).toBe('510703');
    expect(byNumber.every((i) => i.level === 4)).toBe(true);
  });

  it('restricts to a subtree', async () => {
    const items = await search('q=rweru&within=5701');
    expect(items.map((i) => i.name)).toEqual(['Rweru I', 'Rweru II']);
    const bugesera = await search('q=rweru&within=57&limit=50');
    expect(bugesera.length).toBeGreaterThan(2);
    expect(bugesera.every((i) => i.id.startsWith('57'))).toBe(true);
    const everywhere = await search('q=rweru&within=RW&limit=50');
    expect(everywhere.some((i) => !i.id.startsWith('57'))).toBe(true);
  });

  it('honours the limit', async () => {
    expect((await search('q=kabeza&limit=3')).length).toBe(3);
    expect((await search('q=kabeza')).length).toBe(20);
  });

  it('refuses a missing, too short, too long or unsearchable query', async () => {
    for (const [query, field] of [
      ['', 'querystring.q'],
      ['q=a', 'querystring.q'],
      [`q=${'a'.repeat(101)}`, 'querystring.q'],
      ['q=--', 'querystring.q'],
      ['q=rweru&level=town', 'querystring.level'],
      ['q=rweru&level=6', 'querystring.level'],
      ['q=rweru&within=570', 'querystring.within'],
      ['q=rweru&limit=0', 'querystring.limit'],
      ['q=rweru&limit=101', 'querystring.limit'],
    ] as const) {
      const res = await get(`/api/v1/places?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json().error.fields.map((f: { field: string }) => f.field),
        query,
      ).toContain(field);
    }
  });

  it('answers 404 when the subtree is not on the map', async () => {
    const res = await get('/api/v1/places?q=rweru&within=59');
    expect(res.statusCode).toBe(404);
  });

  it('uses the trigram index', async () => {
    const plan = await placeSearchQuery(t.database.db, { ...placeNameQuery('rweru ii')!, limit: 20 }).explain();
    expect(plan.map((r) => Object.values(r)[0]).join('\n')).toContain('places_search_trgm_idx');
  });
});

describe('who may read the map', () => {
  const urls = ['/api/v1/places/RW', '/api/v1/places/RW/children', '/api/v1/places?q=gasabo'];

  it('refuses anonymous callers with 401', async () => {
    for (const url of urls) {
      const res = await client(t).get(url);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.messageKey).toBe('errors.unauthenticated');
    }
  });

  it('refuses a user who must first change the password', async () => {
    const { session } = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, mustChangePassword: true });
    for (const url of urls) expect((await client(t, session).get(url)).statusCode).toBe(403);
  });

  it('lets every role read places outside its own jurisdiction (the map holds no personal data)', async () => {
    for (const role of ['izu', 'cpwo', 'analyst', 'service_provider', 'sysadmin'] as const) {
      const { user } = await signedIn(t, { role, jurisdictionId: PLACES.gasabo });
      const session = await sessionFor(t, user);
      const res = await client(t, session).get('/api/v1/places/57010509');
      expect(res.statusCode, role).toBe(200);
    }
  });
});
