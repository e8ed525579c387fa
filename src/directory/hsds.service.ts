import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCan, mayManageProvider, placeInScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { AppError, badRequest } from '../errors/app-error.js';
import { providerInputSchema } from './directory.schemas.js';
import { checkProvider, type ProviderIssue } from './provider-rules.js';
import { writeProvider, type ProviderRecord } from './provider.repository.js';
import { HSDS_FILES, readHsdsFile, writeHsdsFile, type Cell, type HsdsFile } from './hsds.csv.js';

// The directory as Open Referral HSDS 3.0 CSV files (hsds.csv.ts has the
// column mapping). Export: the whole directory or one district's providers
// (seated there). Import: every row of every file is checked first; one bad
// row and nothing is written (one transaction). Rows are upserted by their
// HSDS id, so export → import into an empty directory → export gives the
// same files.

const FIXED_DATE = new Date('1980-01-01T00:00:00Z');

async function exportRows(db: Db, districtId: string | null) {
  const orgFilter = districtId ? sql<boolean>`o.place_id like ${districtId + '%'}` : sql<boolean>`true`;
  const orgs = await db
    .selectFrom('organisations as o')
    .selectAll('o')
    .select(sql<string | null>`o.quality_reviewed_on::text`.as('reviewed_on'))
    .where(orgFilter)
    .orderBy('o.id')
    .execute();
  const orgIds = orgs.map((o) => o.id);
  if (!orgIds.length) return { orgs, services: [], locations: [], at: [], areas: [], phones: [], schedules: [] };
  const inOrgs = <T extends string>(col: T) => sql<boolean>`${sql.ref(col)} in (select o.id from organisations o where ${orgFilter})`;
  const [services, locations, at, areas, phones, schedules] = await Promise.all([
    db.selectFrom('provider_services as s').selectAll('s').where(inOrgs('s.organisation_id')).orderBy('s.id').execute(),
    db.selectFrom('provider_locations as l').selectAll('l').where(inOrgs('l.organisation_id')).orderBy('l.id').execute(),
    db
      .selectFrom('provider_service_locations as x')
      .innerJoin('provider_services as s', 's.id', 'x.service_id')
      .select(['x.service_id', 'x.location_id'])
      .where(inOrgs('s.organisation_id'))
      .orderBy('x.service_id')
      .orderBy('x.location_id')
      .execute(),
    db
      .selectFrom('provider_service_areas as a')
      .innerJoin('provider_services as s', 's.id', 'a.service_id')
      .innerJoin('places as p', 'p.id', 'a.place_id')
      .select(['a.service_id', 'a.place_id', 'p.name'])
      .where(inOrgs('s.organisation_id'))
      .orderBy('a.service_id')
      .orderBy('a.place_id')
      .execute(),
    db.selectFrom('provider_phones as ph').selectAll('ph').where(inOrgs('ph.organisation_id')).orderBy('ph.id').execute(),
    db
      .selectFrom('provider_schedules as sc')
      .innerJoin('provider_services as s', 's.id', 'sc.service_id')
      .selectAll('sc')
      .where(inOrgs('s.organisation_id'))
      .orderBy('sc.id')
      .execute(),
  ]);
  return { orgs, services, locations, at, areas, phones, schedules };
}

const eligibility = (min: number | null, max: number | null, sexes: string[]) =>
  [min !== null || max !== null ? `ages ${min ?? 0}-${max ?? ''}`.trim() : '', sexes.length ? sexes.join(' ') : ''].filter(Boolean).join('; ');

/** The HSDS files' text, by file name. */
export async function exportFiles(db: Db, districtId: string | null): Promise<Record<HsdsFile, string>> {
  const r = await exportRows(db, districtId);
  const files: Record<HsdsFile, Record<string, Cell>[]> = {
    'organization.csv': r.orgs.map((o) => ({
      id: o.id,
      name: o.name,
      description: o.description,
      email: o.email,
      website: o.website,
      x_kind: o.kind,
      x_seat_place_id: o.place_id,
      x_active: String(o.active),
      x_quality_rating: o.quality_rating,
      x_quality_reviewed_on: o.reviewed_on,
      x_quality_note: o.quality_note,
    })),
    'service.csv': r.services.map((s) => ({
      id: s.id,
      organization_id: s.organisation_id,
      name: s.name,
      description: s.description,
      email: s.email,
      status: s.active ? 'active' : 'inactive',
      eligibility_description: eligibility(s.min_age, s.max_age, s.sexes),
      minimum_age: s.min_age,
      maximum_age: s.max_age,
      x_service_type: s.service_type,
      x_sexes: [...s.sexes].sort().join(' '),
      x_capacity_available: s.capacity_available,
      x_capacity_updated_at: s.capacity_updated_at ? new Date(s.capacity_updated_at).toISOString() : null,
    })),
    'location.csv': r.locations.map((l) => ({
      id: l.id,
      organization_id: l.organisation_id,
      location_type: 'physical',
      name: l.name,
      latitude: l.latitude,
      longitude: l.longitude,
      x_place_id: l.place_id,
      x_address: l.address,
    })),
    'service_at_location.csv': r.at.map((x) => ({ id: `${x.service_id}/${x.location_id}`, service_id: x.service_id, location_id: x.location_id })),
    'service_area.csv': r.areas.map((a) => ({
      id: `${a.service_id}/${a.place_id}`,
      service_id: a.service_id,
      name: a.name,
      extent: a.place_id,
      extent_type: 'rinda_place_code',
    })),
    'phone.csv': r.phones.map((p) => ({
      id: p.id,
      service_id: p.service_id,
      organization_id: p.organisation_id,
      number: p.number,
      type: p.type,
      description: p.description,
    })),
    'schedule.csv': r.schedules.map((s) => ({
      id: s.id,
      service_id: s.service_id,
      freq: 'WEEKLY',
      byday: s.byday,
      opens_at: s.opens_at?.slice(0, 5) ?? null,
      closes_at: s.closes_at?.slice(0, 5) ?? null,
      description: s.description,
    })),
  };
  return Object.fromEntries(HSDS_FILES.map((f) => [f, writeHsdsFile(f, files[f])])) as Record<HsdsFile, string>;
}

/** The directory is not confidential (no child's data): whoever reads it may export it. */
export async function exportDirectory(ctx: AppContext, actor: Actor, districtId: string | null): Promise<Uint8Array> {
  assertCan(actor, 'directory:read');
  const files = await exportFiles(ctx.database.db, districtId);
  // A fixed date in the ZIP entries: the same directory gives the same bytes.
  return zipSync(Object.fromEntries(HSDS_FILES.map((f) => [f, [strToU8(files[f]), { mtime: FIXED_DATE }]])));
}

export type ImportProblem = { file: HsdsFile | 'zip'; row: number; field: string; messageKey: string; message: string };

type Rows = Record<HsdsFile, { row: number; cells: Record<string, string> }[]>;

function readFiles(input: { files?: Record<string, string>; zipBase64?: string }): Rows {
  let texts: Record<string, string> = input.files ?? {};
  if (input.zipBase64) {
    try {
      const entries = unzipSync(Buffer.from(input.zipBase64, 'base64'));
      texts = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name.split('/').pop()!, strFromU8(data)]));
    } catch {
      throw badRequest('Not a ZIP file', [{ field: 'body.zipBase64', message: 'Not a ZIP file', messageKey: 'errors.hsds_not_zip' }], 'errors.hsds_not_zip');
    }
  }
  if (!texts['organization.csv']) {
    throw badRequest(
      'organization.csv is missing',
      [{ field: 'body.files', message: 'organization.csv is missing', messageKey: 'errors.hsds_file_missing' }],
      'errors.hsds_file_missing',
    );
  }
  return Object.fromEntries(HSDS_FILES.map((f) => [f, texts[f] ? readHsdsFile(texts[f]) : []])) as Rows;
}

const blank = (v: string | undefined) => (v === undefined || v === '' ? null : v);
const num = (v: string | undefined) => (blank(v) === null ? null : /^-?\d+(\.\d+)?$/.test(v!) ? Number(v) : v);

/** Where in the files a path into a provider's input points. */
type Source = { file: HsdsFile; row: number; columns: Record<string, string> };

const ORG_COLUMNS = {
  name: 'name',
  kind: 'x_kind',
  placeId: 'x_seat_place_id',
  active: 'x_active',
  description: 'description',
  email: 'email',
  website: 'website',
  quality: 'x_quality_rating',
  rating: 'x_quality_rating',
  reviewedOn: 'x_quality_reviewed_on',
  note: 'x_quality_note',
};
const SERVICE_COLUMNS = {
  serviceType: 'x_service_type',
  name: 'name',
  description: 'description',
  email: 'email',
  minAge: 'minimum_age',
  maxAge: 'maximum_age',
  sexes: 'x_sexes',
  capacityAvailable: 'x_capacity_available',
  active: 'status',
  id: 'id',
};
const LOCATION_COLUMNS = { name: 'name', placeId: 'x_place_id', address: 'x_address', latitude: 'latitude', longitude: 'longitude', id: 'id' };
const PHONE_COLUMNS = { number: 'number', type: 'type', description: 'description', id: 'id' };
const SCHEDULE_COLUMNS = { byday: 'byday', opensAt: 'opens_at', closesAt: 'closes_at', description: 'description', id: 'id' };

/** Builds each organisation's input from the rows, with a map from input paths back to file rows. */
function assemble(rows: Rows, problems: ImportProblem[]) {
  const seen = new Map<string, string>();
  const dup = (file: HsdsFile, row: number, id: string) => {
    const key = `${file}:${id}`;
    if (seen.has(key)) problems.push({ file, row, field: 'id', messageKey: 'errors.duplicate_id', message: `The id ${id} is given twice` });
    seen.set(key, id);
  };
  const orgs = new Map<string, { raw: Record<string, unknown>; source: Source; sources: Map<string, Source>; capacityUpdatedAt: Map<string, Date | null> }>();
  for (const r of rows['organization.csv']) {
    const c = r.cells;
    if (!c.id || !/^[0-9a-f-]{36}$/i.test(c.id)) {
      problems.push({ file: 'organization.csv', row: r.row, field: 'id', messageKey: 'errors.hsds_id_invalid', message: 'The id must be a UUID' });
      continue;
    }
    dup('organization.csv', r.row, c.id);
    const rating = num(c.x_quality_rating);
    orgs.set(c.id.toLowerCase(), {
      raw: {
        name: c.name ?? '',
        kind: c.x_kind ?? '',
        placeId: c.x_seat_place_id ?? '',
        active: c.x_active !== 'false',
        description: blank(c.description),
        email: blank(c.email),
        website: blank(c.website),
        quality: rating === null ? null : { rating, reviewedOn: c.x_quality_reviewed_on ?? '', note: blank(c.x_quality_note) },
        locations: [],
        phones: [],
        services: [],
        focalPersonIds: [],
      },
      source: { file: 'organization.csv', row: r.row, columns: ORG_COLUMNS },
      sources: new Map(),
      capacityUpdatedAt: new Map(),
    });
  }
  const services = new Map<
    string,
    { org: string; raw: Record<string, unknown> & { schedules: unknown[]; phones: unknown[]; areaPlaceIds: unknown[]; locationIds: unknown[] }; index: number }
  >();
  const reference = (file: HsdsFile, row: number, field: string) =>
    problems.push({ file, row, field, messageKey: 'errors.hsds_unknown_reference', message: `No such ${field.replace('_id', '')} in the files` });
  for (const r of rows['service.csv']) {
    const c = r.cells;
    const org = orgs.get((c.organization_id ?? '').toLowerCase());
    if (!org) {
      reference('service.csv', r.row, 'organization_id');
      continue;
    }
    dup('service.csv', r.row, c.id ?? '');
    const list = org.raw.services as unknown[];
    const raw = {
      id: c.id,
      serviceType: c.x_service_type ?? '',
      name: c.name ?? '',
      description: blank(c.description),
      email: blank(c.email),
      minAge: num(c.minimum_age),
      maxAge: num(c.maximum_age),
      sexes: (c.x_sexes ?? '').split(/\s+/).filter(Boolean),
      capacityAvailable: num(c.x_capacity_available),
      active: c.status !== 'inactive',
      areaPlaceIds: [] as unknown[],
      schedules: [] as unknown[],
      phones: [] as unknown[],
      locationIds: [] as unknown[],
    };
    org.sources.set(`services.${list.length}`, { file: 'service.csv', row: r.row, columns: SERVICE_COLUMNS });
    const updated = blank(c.x_capacity_updated_at);
    org.capacityUpdatedAt.set(c.id ?? '', updated && !Number.isNaN(Date.parse(updated)) ? new Date(updated) : null);
    services.set((c.id ?? '').toLowerCase(), { org: (c.organization_id ?? '').toLowerCase(), raw, index: list.length });
    list.push(raw);
  }
  const child = (file: HsdsFile, row: number, serviceId: string | undefined) => {
    const s = services.get((serviceId ?? '').toLowerCase());
    if (!s) reference(file, row, 'service_id');
    return s;
  };
  for (const r of rows['location.csv']) {
    const c = r.cells;
    const org = orgs.get((c.organization_id ?? '').toLowerCase());
    if (!org) {
      reference('location.csv', r.row, 'organization_id');
      continue;
    }
    dup('location.csv', r.row, c.id ?? '');
    const list = org.raw.locations as unknown[];
    org.sources.set(`locations.${list.length}`, { file: 'location.csv', row: r.row, columns: LOCATION_COLUMNS });
    list.push({
      id: c.id,
      name: c.name ?? '',
      placeId: c.x_place_id ?? '',
      address: blank(c.x_address),
      latitude: num(c.latitude),
      longitude: num(c.longitude),
    });
  }
  for (const r of rows['service_area.csv']) {
    const s = child('service_area.csv', r.row, r.cells.service_id);
    if (!s) continue;
    orgs
      .get(s.org)!
      .sources.set(`services.${s.index}.areaPlaceIds.${s.raw.areaPlaceIds.length}`, { file: 'service_area.csv', row: r.row, columns: { '': 'extent' } });
    s.raw.areaPlaceIds.push(r.cells.extent ?? '');
  }
  for (const r of rows['service_at_location.csv']) {
    const s = child('service_at_location.csv', r.row, r.cells.service_id);
    if (!s) continue;
    orgs.get(s.org)!.sources.set(`services.${s.index}.locationIds.${s.raw.locationIds.length}`, {
      file: 'service_at_location.csv',
      row: r.row,
      columns: { '': 'location_id' },
    });
    s.raw.locationIds.push(r.cells.location_id ?? '');
  }
  for (const r of rows['schedule.csv']) {
    const s = child('schedule.csv', r.row, r.cells.service_id);
    if (!s) continue;
    const c = r.cells;
    orgs.get(s.org)!.sources.set(`services.${s.index}.schedules.${s.raw.schedules.length}`, { file: 'schedule.csv', row: r.row, columns: SCHEDULE_COLUMNS });
    s.raw.schedules.push({
      id: c.id,
      byday: (c.byday ?? '')
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean),
      opensAt: blank(c.opens_at),
      closesAt: blank(c.closes_at),
      description: blank(c.description),
    });
  }
  for (const r of rows['phone.csv']) {
    const c = r.cells;
    const phone = { id: c.id, number: c.number ?? '', type: blank(c.type) ?? 'voice', description: blank(c.description) };
    if (blank(c.service_id)) {
      const s = child('phone.csv', r.row, c.service_id);
      if (!s) continue;
      orgs.get(s.org)!.sources.set(`services.${s.index}.phones.${s.raw.phones.length}`, { file: 'phone.csv', row: r.row, columns: PHONE_COLUMNS });
      s.raw.phones.push(phone);
    } else {
      const org = orgs.get((c.organization_id ?? '').toLowerCase());
      if (!org) {
        reference('phone.csv', r.row, 'organization_id');
        continue;
      }
      const list = org.raw.phones as unknown[];
      org.sources.set(`phones.${list.length}`, { file: 'phone.csv', row: r.row, columns: PHONE_COLUMNS });
      list.push(phone);
    }
  }
  return orgs;
}

/** The file, row and column a problem at `path` of an organisation's input points to. */
function locate(org: { source: Source; sources: Map<string, Source> }, path: (string | number)[]): Omit<ImportProblem, 'messageKey' | 'message'> {
  for (let n = path.length; n >= 1; n--) {
    const src = org.sources.get(path.slice(0, n).join('.'));
    if (src) {
      const rest = path.slice(n).filter((p) => typeof p === 'string');
      const key = String(rest[0] ?? '');
      return { file: src.file, row: src.row, field: src.columns[key] ?? src.columns[''] ?? (key || 'id') };
    }
  }
  const key = [...path].reverse().find((p) => typeof p === 'string' && p in ORG_COLUMNS) as keyof typeof ORG_COLUMNS | undefined;
  return { file: org.source.file, row: org.source.row, field: key ? ORG_COLUMNS[key] : String(path[0] ?? 'id') };
}

/** Imports HSDS files: all rows checked, then all written in one transaction, or nothing. */
export async function importDirectory(ctx: AppContext, actor: Actor, input: { files?: Record<string, string>; zipBase64?: string }) {
  assertCan(actor, 'directory:manage');
  const rows = readFiles(input);
  const problems: ImportProblem[] = [];
  const orgs = assemble(rows, problems);
  const now = ctx.clock.now();
  const { db } = ctx.database;
  return db.transaction().execute(async (trx) => {
    const records: { record: ProviderRecord; exists: boolean }[] = [];
    for (const [id, org] of orgs) {
      const parsed = providerInputSchema.safeParse(org.raw);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          problems.push({ ...locate(org, i.path as (string | number)[]), messageKey: 'errors.validation', message: i.message });
        continue;
      }
      const existing = await trx.selectFrom('organisations').select('place_id').where('id', '=', id).executeTakeFirst();
      if (!mayManageProvider(actor, parsed.data.placeId) || (existing && !mayManageProvider(actor, existing.place_id))) {
        problems.push({ ...org.source, field: 'x_seat_place_id', messageKey: 'errors.place_out_of_scope', message: 'Outside your jurisdiction' });
        continue;
      }
      const current = await trx
        .selectFrom('provider_services')
        .select(['id', 'service_type as serviceType', 'capacity_available as capacityAvailable', 'capacity_updated_at as capacityUpdatedAt'])
        .where('organisation_id', '=', id)
        .execute();
      const { issues, record } = await checkProvider(trx, id, parsed.data, { services: new Map(current.map((s) => [s.id, s])) }, now, {
        capacityUpdatedAt: org.capacityUpdatedAt,
        within: (place) => placeInScope(actor, place),
      });
      problems.push(...issues.map((i: ProviderIssue) => ({ ...locate(org, i.path), messageKey: i.messageKey, message: i.message })));
      records.push({ record, exists: !!existing });
    }
    if (problems.length) {
      problems.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row || a.field.localeCompare(b.field));
      throw new AppError(
        'validation',
        `${problems.length} problems in the files; nothing was imported`,
        'errors.import_failed',
        problems
          .slice(0, 200)
          .map((p) => ({ field: `${p.file}:${p.row}.${p.field}`, message: p.message, messageKey: p.messageKey, params: { file: p.file, row: p.row } })),
        { errors: problems.slice(0, 1000) },
      );
    }
    // Names are unique per place: a clash with another organisation is a row problem too.
    for (const { record, exists } of records) {
      const clash = await trx
        .selectFrom('organisations')
        .select('id')
        .where(sql<boolean>`lower(name) = lower(${record.name})`)
        .where('place_id', '=', record.placeId)
        .where('id', '<>', record.id)
        .executeTakeFirst();
      if (clash) {
        const src = orgs.get(record.id)!.source;
        throw new AppError(
          'validation',
          'A name is taken at its place; nothing was imported',
          'errors.import_failed',
          [
            {
              field: `${src.file}:${src.row}.name`,
              message: 'Name taken at this place',
              messageKey: 'errors.organisation_name_taken',
              params: { file: src.file, row: src.row },
            },
          ],
          { errors: [{ file: src.file, row: src.row, field: 'name', messageKey: 'errors.organisation_name_taken', message: 'Name taken at this place' }] },
        );
      }
      await writeProvider(trx, record, now, exists);
    }
    await appendAudit(
      trx,
      actor,
      { action: 'directory.import', entityType: 'organisation', fields: HSDS_FILES.filter((f) => rows[f].length), details: { organizations: records.length } },
      now,
    );
    return {
      organizations: records.length,
      services: records.reduce((n, r) => n + r.record.services.length, 0),
      locations: records.reduce((n, r) => n + r.record.locations.length, 0),
    };
  });
}
