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

type CoverageCell = Omit<Coverage['sectors'][number]['cells'][number], 'serviceType'>;

/** One sector's cell for one service type, from the services of that type whose areas touch it. */
export function coverageCell(sectorId: string, ofType: readonly { id: string; capacity: number | null; placeId: string }[]): CoverageCell {
  // Covering the whole sector: an area that is the sector or above it.
  const whole = new Map<string, number | null>();
  const inside = new Set<string>();
  for (const t of ofType) {
    if (t.placeId === 'RW' || sectorId.startsWith(t.placeId)) whole.set(t.id, t.capacity);
    else if (t.placeId.startsWith(sectorId)) inside.add(t.id);
  }
  const capacities = [...whole.values()];
  const capacity = capacities.some((c) => c === null) ? null : capacities.reduce<number>((a, c) => a + (c ?? 0), 0);
  const status: CoverageCell['status'] = whole.size === 0 ? (inside.size ? 'partial' : 'gap') : capacity === 0 ? 'no_capacity' : 'covered';
  return { status, services: whole.size || inside.size, capacity: whole.size ? capacity : null };
}

/**
 * The gaps (cells not covered) of every sector under a place, as
 * districtCoverage counts them, from one read of the active services' areas:
 * the indicators' national figure without a query per district.
 */
export async function sectorGaps(db: Db, placeId: string): Promise<Map<string, number>> {
  const prefix = placeId === 'RW' ? '' : placeId;
  const [sectors, types, areas] = await Promise.all([
    db.selectFrom('places').select('id').where('level', '=', 3).where('id', 'like', `${prefix}%`).execute(),
    listServiceTypes(db, false),
    db
      .selectFrom('provider_service_areas as a')
      .innerJoin('provider_services as s', 's.id', 'a.service_id')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .where('s.active', '=', true)
      .where('o.active', '=', true)
      .select(['s.id', 's.service_type as serviceType', 's.capacity_available as capacity', 'a.place_id as placeId'])
      .execute(),
  ]);
  // Areas by the place they name and by the sector they lie in.
  const byPlace = new Map<string, typeof areas>();
  const bySector = new Map<string, typeof areas>();
  for (const a of areas) {
    byPlace.set(a.placeId, [...(byPlace.get(a.placeId) ?? []), a]);
    if (a.placeId.length > 4) bySector.set(a.placeId.slice(0, 4), [...(bySector.get(a.placeId.slice(0, 4)) ?? []), a]);
  }
  const out = new Map<string, number>();
  for (const { id } of sectors) {
    const touching = [...['RW', id.slice(0, 1), id.slice(0, 2), id].flatMap((p) => byPlace.get(p) ?? []), ...(bySector.get(id) ?? [])];
    out.set(
      id,
      types.filter(
        (type) =>
          coverageCell(
            id,
            touching.filter((t) => t.serviceType === type.code),
          ).status !== 'covered',
      ).length,
    );
  }
  return out;
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
      const cell = coverageCell(
        sector.id,
        touching.filter((t) => t.serviceType === type.code),
      );
      if (cell.status !== 'covered') gaps++;
      return { serviceType: type.code, ...cell };
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
