import type { Actor } from '../access/actor.js';
import { assertCan, placeInScope } from '../access/policy.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { notFound } from '../errors/app-error.js';
import type { Coverage } from './directory.schemas.js';
import { listServiceTypes } from './vocabulary.repository.js';

// Coverage gaps (framework: service mapping identifies "critical gaps in
// services so that the lead caseworker can develop a strategy/advocate"): for
// each sector of a district and each active service type, does an active
// provider service cover it, and with what capacity.

/** The active services whose areas touch the district: the country, its province, the district, or inside it. */
async function servicesTouching(db: Db, districtId: string) {
  return db
    .selectFrom('provider_service_areas as a')
    .innerJoin('provider_services as s', 's.id', 'a.service_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .where('s.active', '=', true)
    .where('o.active', '=', true)
    .where((eb) => eb.or([eb('a.place_id', 'in', ['RW', districtId.slice(0, 1), districtId]), eb('a.place_id', 'like', `${districtId}%`)]))
    .select(['s.id', 's.service_type as serviceType', 's.capacity_available as capacity', 'a.place_id as placeId'])
    .execute();
}

/** The gap table of one district: a row per sector, a cell per active service type. */
export async function districtCoverage(db: Db, districtId: string): Promise<Coverage | undefined> {
  const district = await db.selectFrom('places').select(['id', 'name']).where('id', '=', districtId).where('level', '=', 2).executeTakeFirst();
  if (!district) return undefined;
  const [sectors, types, touching] = await Promise.all([
    db.selectFrom('places').select(['id', 'name']).where('parent_id', '=', districtId).orderBy('name').execute(),
    listServiceTypes(db, false),
    servicesTouching(db, districtId),
  ]);
  let gaps = 0;
  const rows = sectors.map((sector) => ({
    placeId: sector.id,
    name: sector.name,
    cells: types.map((type) => {
      const ofType = touching.filter((t) => t.serviceType === type.code);
      // Covering the whole sector: an area that is the sector or above it.
      const whole = new Map<string, number | null>();
      const inside = new Set<string>();
      for (const t of ofType) {
        if (t.placeId === 'RW' || sector.id.startsWith(t.placeId)) whole.set(t.id, t.capacity);
        else if (t.placeId.startsWith(sector.id)) inside.add(t.id);
      }
      const capacities = [...whole.values()];
      const capacity = capacities.some((c) => c === null) ? null : capacities.reduce<number>((a, c) => a + (c ?? 0), 0);
      const status: Coverage['sectors'][number]['cells'][number]['status'] =
        whole.size === 0 ? (inside.size ? 'partial' : 'gap') : capacity === 0 ? 'no_capacity' : 'covered';
      if (status !== 'covered') gaps++;
      return { serviceType: type.code, status, services: whole.size || inside.size, capacity: whole.size ? capacity : null };
    }),
  }));
  return { districtId: district.id, districtName: district.name, serviceTypes: types, sectors: rows, gaps };
}

/** A CPWO sees their own district's gaps; national officers, analysts and administrators any district. */
export async function getCoverage(ctx: AppContext, actor: Actor, districtId: string): Promise<Coverage> {
  assertCan(actor, 'directory:coverage');
  if (!placeInScope(actor, districtId)) throw notFound('district');
  const coverage = await districtCoverage(ctx.database.db, districtId);
  if (!coverage) throw notFound('district');
  return coverage;
}
