import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import type { AppContext } from '../context.js';
import type { Dhis2Conflict, Dhis2ImportCount } from '../db/tables/dhis2.js';
import { AppError, badRequest, invalidField, notFound, type FieldError } from '../errors/app-error.js';
import { postDataValueSet } from './dhis2-client.js';
import { existingPlaces, insertPush, listPushes, readMapping, replaceMapping } from './dhis2.repository.js';
import type { DataValueSet, Dhis2Mapping, Dhis2MappingInput, Dhis2Payload, Dhis2PayloadQuery, Dhis2Push, LeftOut } from './dhis2.schemas.js';
import { INDICATORS, type Disaggregation } from './indicator-registry.js';
import { findPlace } from './indicator.repository.js';
import { computeBreakdowns } from './indicator.service.js';
import { parsePeriod } from './period.js';

// DHIS2: a district's (or sector's) month of aggregates, through the mapping an
// administrator keeps, as a dataValueSets payload or ADX; pushed to the
// configured server, each push kept with the import summary that came back.
// The values are the true counts, unsuppressed: DHIS2 is NCDA's aggregate
// system, read by those entitled to the national figures (docs/indicators.md).

export async function getMapping(ctx: AppContext, actor: Actor): Promise<Dhis2Mapping> {
  assertCan(actor, 'dhis2:manage');
  const m = await readMapping(ctx.database.db);
  return {
    dataSet: m.dataSet,
    elements: m.elements.map((e) => ({
      indicator: e.indicator_id,
      disaggregation: e.disaggregation || null,
      key: e.disaggregation_key || null,
      part: e.part,
      dataElement: e.data_element,
      categoryOptionCombo: e.category_option_combo,
    })),
    orgUnits: m.orgUnits.map((o) => ({ place: o.place_id, orgUnit: o.org_unit })),
  };
}

export async function putMapping(ctx: AppContext, actor: Actor, input: Dhis2MappingInput): Promise<Dhis2Mapping> {
  assertCan(actor, 'dhis2:manage');
  const problems: FieldError[] = [];
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  input.elements.forEach((e, i) => {
    const def = INDICATORS.find((d) => d.id === e.indicator)!;
    if (!!e.disaggregation !== !!e.key) problems.push({ field: `body.elements.${i}.key`, message: 'a disaggregation and its key come together, or neither' });
    if (e.disaggregation && !def.disaggregations.includes(e.disaggregation))
      problems.push({ field: `body.elements.${i}.disaggregation`, message: `${e.indicator} is not broken down by ${e.disaggregation}` });
    if (e.part === 'denominator' && def.kind === 'count')
      problems.push({ field: `body.elements.${i}.part`, message: `${e.indicator} is a count: it has no denominator` });
    const cell = `${e.dataElement}/${e.categoryOptionCombo}`;
    if (cells.has(cell)) problems.push({ field: `body.elements.${i}.categoryOptionCombo`, message: `the same cell as elements.${cells.get(cell)}` });
    else cells.set(cell, i);
    const row = `${e.indicator}/${e.disaggregation ?? ''}/${e.key ?? ''}/${e.part}`;
    if (rows.has(row)) problems.push({ field: `body.elements.${i}.indicator`, message: `the same figure as elements.${rows.get(row)}` });
    else rows.set(row, i);
  });
  const units = new Map<string, number>();
  const places = new Map<string, number>();
  input.orgUnits.forEach((o, i) => {
    if (units.has(o.orgUnit)) problems.push({ field: `body.orgUnits.${i}.orgUnit`, message: `the same organisation unit as orgUnits.${units.get(o.orgUnit)}` });
    else units.set(o.orgUnit, i);
    if (places.has(o.place)) problems.push({ field: `body.orgUnits.${i}.place`, message: `the same place as orgUnits.${places.get(o.place)}` });
    else places.set(o.place, i);
  });
  const known = await existingPlaces(ctx.database.db, [...places.keys()]);
  input.orgUnits.forEach((o, i) => {
    if (!known.has(o.place)) problems.push({ field: `body.orgUnits.${i}.place`, message: 'no such district or sector' });
  });
  if (problems.length) throw badRequest(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  await replaceMapping(ctx.database.db, input, actor.id, ctx.clock.now());
  return getMapping(ctx, actor);
}

/** The month's payload for a place: only what the mapping names, and a list of what it left out. */
export async function buildPayload(ctx: AppContext, actor: Actor, q: Dhis2PayloadQuery): Promise<Dhis2Payload> {
  assertCan(actor, 'dhis2:read');
  return payloadFor(ctx, q);
}

async function payloadFor(ctx: AppContext, q: Dhis2PayloadQuery): Promise<Dhis2Payload> {
  const db = ctx.database.db;
  const place = await findPlace(db, q.place);
  if (!place) throw notFound('place');
  const mapping = await readMapping(db);
  if (!mapping.dataSet) throw invalidField('dataSet', 'no DHIS2 data set is set in the mapping yet', 'errors.validation');
  const mapped = new Set(mapping.elements.map((e) => e.indicator_id));
  const leftOut: LeftOut = { place: null, indicators: INDICATORS.filter((d) => !mapped.has(d.id)).map((d) => d.id), values: [] };
  const orgUnit = mapping.orgUnits.find((o) => o.place_id === q.place)?.org_unit;
  if (!orgUnit) return { dataValueSet: null, leftOut: { ...leftOut, place: q.place } };

  const period = parsePeriod(q.period)!;
  const defs = INDICATORS.filter((d) => mapped.has(d.id));
  const bys = [...new Set(mapping.elements.map((e) => (e.disaggregation || null) as Disaggregation | null))];
  const now = ctx.clock.now();
  const breakdowns = new Map<string, Awaited<ReturnType<typeof computeBreakdowns>>>(
    await Promise.all(
      bys.map(
        async (by) =>
          [
            by ?? '',
            await computeBreakdowns(db, by ? defs.filter((d) => d.disaggregations.includes(by)) : defs, { placeId: q.place, period, by, now, raw: false }),
          ] as const,
      ),
    ),
  );
  const dataValues: DataValueSet['dataValues'] = [];
  for (const e of mapping.elements) {
    const def = defs.find((d) => d.id === e.indicator_id)!;
    const b = breakdowns.get(e.disaggregation)?.get(def.id);
    const skip = (reason: string) =>
      leftOut.values.push({ dataElement: e.data_element, categoryOptionCombo: e.category_option_combo, indicator: def.id, reason });
    if (!b || !b.available) {
      skip(`not held at this level (the lowest is the ${def.lowestLevel})`);
      continue;
    }
    // A row nobody fell in is a true zero for a count; a percentage with no base has no value.
    const sums = e.disaggregation ? (b.rows?.get(e.disaggregation_key) ?? { num: 0, den: def.kind === 'count' ? null : 0 }) : b.total;
    const value =
      e.part === 'numerator'
        ? sums.num
        : e.part === 'denominator'
          ? sums.den
          : def.kind === 'count'
            ? sums.num
            : sums.den
              ? Math.round((def.kind === 'percent' ? (sums.num / sums.den) * 100 : sums.num / sums.den) * 10) / 10
              : null;
    if (value === null) {
      skip('no base this month: the percentage or mean has no value');
      continue;
    }
    dataValues.push({ dataElement: e.data_element, categoryOptionCombo: e.category_option_combo, value: String(Math.round(value * 10) / 10) });
  }
  return { dataValueSet: { dataSet: mapping.dataSet, period: q.period.replace('-', ''), orgUnit, dataValues }, leftOut };
}

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same values as ADX (IHE QRPH ADX): one group for the place and month, its period an ISO 8601 start and duration. */
export function adxOf(set: DataValueSet, exported: Date): string {
  const period = `${set.period.slice(0, 4)}-${set.period.slice(4, 6)}-01/P1M`;
  const values = set.dataValues.map(
    (v) => `    <dataValue dataElement="${xmlAttr(v.dataElement)}" categoryOptionCombo="${xmlAttr(v.categoryOptionCombo)}" value="${xmlAttr(v.value)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<adx xmlns="urn:ihe:qrph:adx:2015" exported="${exported.toISOString()}">`,
    `  <group orgUnit="${xmlAttr(set.orgUnit)}" dataSet="${xmlAttr(set.dataSet)}" period="${period}" completeDate="${exported.toISOString().slice(0, 10)}">`,
    ...values,
    '  </group>',
    '</adx>',
    '',
  ].join('\n');
}

export async function buildAdx(ctx: AppContext, actor: Actor, q: Dhis2PayloadQuery): Promise<{ xml: string | null; leftOut: LeftOut }> {
  const p = await buildPayload(ctx, actor, q);
  return { xml: p.dataValueSet ? adxOf(p.dataValueSet, ctx.clock.now()) : null, leftOut: p.leftOut };
}

type PushRow = Awaited<ReturnType<typeof insertPush>>;
const present = (r: PushRow): Dhis2Push => ({
  id: r.id,
  place: r.place_id,
  period: r.period,
  payload: r.payload as DataValueSet,
  attempts: r.attempts,
  httpStatus: r.http_status,
  status: r.status,
  importCount: r.import_count,
  conflicts: r.conflicts,
  error: r.error,
  pushedBy: r.pushed_by,
  pushedAt: new Date(r.pushed_at).toISOString(),
});

/** Sends the month's payload and keeps what was sent and what came back, whatever came back. */
export async function pushMonth(ctx: AppContext, actor: Actor, q: Dhis2PayloadQuery): Promise<Dhis2Push> {
  assertCan(actor, 'dhis2:manage');
  const cfg = ctx.config.dhis2;
  if (!cfg.url) throw new AppError('conflict', 'no DHIS2 server is configured (RINDA_DHIS2_URL)', 'errors.conflict');
  const p = await payloadFor(ctx, q);
  if (!p.dataValueSet) throw invalidField('body.place', 'this place has no DHIS2 organisation unit in the mapping', 'errors.validation');
  if (!p.dataValueSet.dataValues.length) throw invalidField('body.period', 'nothing mapped has a value for this place and month', 'errors.validation');
  const answer = await postDataValueSet(cfg, p.dataValueSet);
  const row = await insertPush(ctx.database.db, {
    placeId: q.place,
    period: q.period,
    payload: p.dataValueSet,
    attempts: answer.attempts,
    httpStatus: answer.httpStatus,
    status: answer.status,
    importCount: answer.importCount as Dhis2ImportCount | null,
    conflicts: answer.conflicts as Dhis2Conflict[],
    error: answer.error,
    pushedBy: actor.id,
    pushedAt: ctx.clock.now(),
  });
  return { ...present(row), leftOut: p.leftOut };
}

export async function listPastPushes(ctx: AppContext, actor: Actor, q: { place?: string; period?: string; limit?: number }) {
  assertCan(actor, 'dhis2:manage');
  const rows = await listPushes(ctx.database.db, { ...q, limit: q.limit ?? 50 });
  return { items: rows.map(present) };
}
