import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlacesWithoutKeys, prepareMapSearch } from '../src/places/place.repository.js';
import { loadMap } from '../src/places/load-map.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Issue 12: place search ranks what the person most likely means first.

let t: TestApp;
let national: Session;
let bugeseraCpwo: Session;
let gasaboIzu: Session;
beforeAll(async () => {
  t = await createTestApp();
  await prepareMapSearch(t.database.db);
  national = (await signedIn(t, { role: 'sysadmin', jurisdictionId: PLACES.rwanda })).session;
  bugeseraCpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera })).session;
  gasaboIzu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
});
afterAll(() => t.close());

const search = async (session: Session, q: string, extra = '') => {
  const res = await client(t, session).get(`/api/v1/places?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, q).toBe(200);
  return res.json().items as { id: string; name: string; level: number; label: string }[];
};

describe('place search ranking', () => {
  it('puts a district before the villages that share its name', async () => {
    const items = await search(national, 'Gasabo');
    expect(items[0]).toMatchObject({ id: '12', level: 2 });
    // then the cell Gasabo, then the villages
    expect(items[1]).toMatchObject({ id: '121501', level: 4 });
    expect(items.slice(2, 10).every((i) => i.name === 'Gasabo' && i.level === 5)).toBe(true);
    // a volunteer inside Gasabo district: the district contains them, and comes first too
    expect((await search(gasaboIzu, 'gasabo'))[0]!.id).toBe('12');
  });

  it('puts places inside the searcher’s own jurisdiction before others of the same name', async () => {
    const gasabo = await search(bugeseraCpwo, 'Gasabo');
    expect(gasabo[0]).toMatchObject({ id: '57120307', name: 'Gasabo' });
    expect(gasabo[1]!.id).toBe('12');
    const rweru = await search(bugeseraCpwo, 'Rweru');
    const inBugesera = rweru.filter((i) => i.name === 'Rweru' && i.id.startsWith('57'));
    expect(inBugesera.length).toBeGreaterThan(0);
    expect(rweru.slice(0, inBugesera.length).every((i) => i.id.startsWith('57'))).toBe(true);
    // the national view of the same query puts the sector (a higher level) first
    expect((await search(national, 'Rweru'))[0]!.level).toBeLessThanOrEqual(rweru[0]!.level);
  });

  it('narrows a common village name by its cell or sector, with or without a comma', async () => {
    const everywhere = await search(national, 'Kabuga', '&level=village&limit=100');
    expect(everywhere.filter((i) => i.name === 'Kabuga').length).toBeGreaterThan(50);
    for (const q of ['Kabuga, Shaki', 'Kabuga Shaki', 'kabuga,shaki', 'Kabuga, Shaki, Nyabihu']) {
      const [first] = await search(national, q);
      expect(first, q).toMatchObject({ id: '34120602', name: 'Kabuga' });
      expect(first!.label).toBe('Kabuga, Shaki, Shyira, Nyabihu, Western Province');
    }
    // a sector narrows to its villages of that name
    const shyira = (await search(national, 'Kabuga, Shyira')).filter((i) => i.name === 'Kabuga');
    expect(shyira.map((i) => i.id)).toContain('34120602');
    expect(shyira.every((i) => i.id.startsWith('3412'))).toBe(true);
    // an ancestor that does not contain the village narrows it away
    expect((await search(national, 'Kabuga, Shaki, Karongi')).some((i) => i.id === '34120602')).toBe(false);
  });

  it('forgives numerals, r/l, case, spaces and dropped vowels', async () => {
    for (const q of ['Rweru II', 'Rweru Ii', 'rweru 2', 'Lweru II', 'RWELU  ii', 'Rwru II', 'Rweeru 2']) {
      const [first] = await search(national, q);
      expect(first, q).toMatchObject({ id: '57010509', name: 'Rweru II' });
    }
    expect((await search(national, 'Nyalugenge'))[0]).toMatchObject({ id: '11', name: 'Nyarugenge' });
    expect((await search(national, 'Nyrgng'))[0]).toMatchObject({ id: '11', name: 'Nyarugenge' });
  });

  it('ranks the exact name before the same key, and the key before mere similarity', async () => {
    const items = await search(national, 'Lweru', '&limit=50');
    // no place is called "Lweru": the six "Rweru" (same key) come first
    expect(items.slice(0, 6).map((i) => i.name)).toEqual(Array(6).fill('Rweru'));
  });

  it('fills the search keys of a map loaded before them', async () => {
    await t.database.db.updateTable('places').set({ search_key: null, search_skeleton: null }).where('id', 'like', '5701%').execute();
    expect((await findPlacesWithoutKeys(t.database.db)).length).toBeGreaterThan(0);
    expect(await loadMap(t.database)).toBe(0);
    expect(await findPlacesWithoutKeys(t.database.db)).toEqual([]);
    expect((await search(national, 'Lweru II'))[0]!.id).toBe('57010509');
  });
});
