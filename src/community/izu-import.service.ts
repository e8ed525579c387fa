import type { Actor } from '../access/actor.js';
import { assertCanManageRegistry } from '../access/izu-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import type { IzuStatus, Sex } from '../db/tables/community.js';
import { AppError, conflict } from '../errors/app-error.js';
import { normaliseRwandanMobile } from '../people/phone.js';
import { isUniqueViolation } from '../people/unique-violation.js';
import { today } from '../people/user-validation.js';
import { USERNAME_INDEX } from '../people/user.repository.js';
import { NATIONAL_PLACE_ID, normalisePlaceName, placeNameQuery } from '../places/place-name.js';
import { rankedSearch, withPaths } from '../places/place.service.js';
import { parseVolunteerFile, type FileRow, type ImportColumn } from './izu-import.file.js';
import type { ImportVolunteersInput, RowError, VolunteerImportResult } from './izu-import.schemas.js';
import {
  ACTIVE_IZU_PHONE_INDEX,
  countActiveIzuByVillage,
  findActiveIzuByPhone,
  findPlacesUnder,
  izuTrainingCodes,
  replaceTrainings,
} from './izu-registry.repository.js';
import { trainingCodeOf } from '../workforce/training-vocabulary.js';
import { volunteerUsername } from './izu-registry.service.js';
import { PAIR_SIZE } from './izu-vocabulary.js';
import { VillageMatcher, type VillageWanted } from './village-matcher.js';

// The import of a district's IZU list (issue 12): every row is checked before
// anything is written, each problem reported by row and column (with the
// places an unknown or ambiguous village may mean), and only a file without
// problems is written, in one transaction. A dry run (the default) answers the
// same report and writes nothing.

const SEX: Record<string, Sex> = {
  f: 'female',
  female: 'female',
  woman: 'female',
  femme: 'female',
  gore: 'female',
  umugore: 'female',
  w: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  homme: 'male',
  gabo: 'male',
  umugabo: 'male',
  h: 'male',
};
const STATUS: Record<string, IzuStatus> = {
  active: 'active',
  actif: 'active',
  arakora: 'active',
  inactive: 'inactive',
  inactif: 'inactive',
  ntakora: 'inactive',
};

/** YYYY-MM-DD, or the DD/MM/YYYY districts write; null when it is neither. */
export function importDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** "Basic training 2019-05-10; Positive parenting (02/03/2021)": each a name and a date. */
function parseTrainings(text: string): { name: string; takenOn: string }[] | null {
  const items = text
    .split(/[;\n|]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: { name: string; takenOn: string }[] = [];
  for (const item of items) {
    const m = /^(.*?)[\s,:(–-]*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\)?$/.exec(item);
    const takenOn = m ? importDate(m[2]!) : null;
    const name = m?.[1]?.trim() ?? '';
    if (!takenOn || name.length === 0 || name.length > 200) return null;
    out.push({ name, takenOn });
  }
  return out;
}

type CheckedRow = {
  row: number;
  fullName: string;
  sex: Sex | null;
  phone: string | null;
  villageId: string | null;
  status: IzuStatus | null;
  selectedOn: string | null;
  trainings: { trainingCode: string; takenOn: string }[];
};

export async function importVolunteers(ctx: AppContext, actor: Actor, input: ImportVolunteersInput): Promise<VolunteerImportResult> {
  assertCanManageRegistry(actor);
  const { db } = ctx.database;
  const file = await parseVolunteerFile(input);
  const matcher = new VillageMatcher(await findPlacesUnder(db, actor.jurisdictionId));
  const izuModules = await izuTrainingCodes(db);
  const date = today(ctx);
  const errors: RowError[] = [];
  const checked: CheckedRow[] = [];
  const phoneRows = new Map<string, number>();
  const nameRows = new Map<string, number>();

  for (const r of file.rows) {
    const problem = (field: ImportColumn, messageKey: string, message: string, extra: Partial<RowError> = {}) =>
      errors.push({ row: r.row, field, messageKey, message, ...extra });
    const fullName = r.name ?? '';
    if (fullName.length < 2 || fullName.length > 200) problem('name', r.name ? 'errors.field.invalid' : 'errors.required', 'a name of 2 to 200 characters');
    const sex = r.sex ? (SEX[r.sex.toLowerCase()] ?? null) : null;
    if (!sex) problem('sex', r.sex ? 'errors.izu_import_sex_invalid' : 'errors.required', 'female or male (F/M)');
    let phone: string | null = null;
    if (!r.phone) problem('phone', 'errors.required', 'required');
    else {
      // A spreadsheet keeps 0781234567 as the number 781234567.
      phone = normaliseRwandanMobile(/^7\d{8}$/.test(r.phone) ? `0${r.phone}` : r.phone);
      if (!phone) problem('phone', 'errors.phone_invalid', 'Not a Rwandan mobile number (07xxxxxxxx or +2507xxxxxxxx)');
      else if (phoneRows.has(phone))
        problem('phone', 'errors.izu_import_duplicate', `the same number as row ${phoneRows.get(phone)}`, { params: { row: phoneRows.get(phone)! } });
      else phoneRows.set(phone, r.row);
    }
    const status = r.status ? (STATUS[r.status.toLowerCase()] ?? null) : 'active';
    if (!status) problem('status', 'errors.izu_import_status_invalid', 'active or inactive (a replacement is recorded in the registry)');
    const selectedOn = r.selected_on ? importDate(r.selected_on) : null;
    if (r.selected_on && !selectedOn) problem('selected_on', 'errors.field.invalid_date', 'a date: YYYY-MM-DD or DD/MM/YYYY');
    else if (selectedOn && selectedOn > date) problem('selected_on', 'errors.date_in_future', 'cannot be in the future');
    const named = r.trainings ? parseTrainings(r.trainings) : [];
    // Each name one of the training register's IZU modules (its code, or its name in English, French or Kinyarwanda).
    const trainings = named?.map((t) => ({ trainingCode: trainingCodeOf(t.name, izuModules), name: t.name, takenOn: t.takenOn })) ?? null;
    const unknown = trainings?.find((t) => t.trainingCode === null);
    if (!trainings)
      problem('trainings', 'errors.izu_import_training_invalid', 'each training a name and a date, separated by ";" (e.g. "Basic training 2019-05-10")');
    else if (unknown) problem('trainings', 'errors.training_unknown', `"${unknown.name}" is not an IZU module of the training register`);
    else if (trainings.some((t) => t.takenOn > date)) problem('trainings', 'errors.training_date_in_future', 'cannot be in the future');

    const villageId = await matchVillage(db, actor, matcher, r, problem);
    if (villageId && fullName) {
      const key = `${villageId} ${normalisePlaceName(fullName)}`;
      if (nameRows.has(key))
        problem('name', 'errors.izu_import_duplicate', `the same person as row ${nameRows.get(key)}`, { params: { row: nameRows.get(key)! } });
      else nameRows.set(key, r.row);
    }
    checked.push({
      row: r.row,
      fullName,
      sex,
      phone,
      villageId,
      status,
      selectedOn,
      trainings: (trainings ?? []).flatMap((t) => (t.trainingCode ? [{ trainingCode: t.trainingCode, takenOn: t.takenOn }] : [])),
    });
  }

  // What the database already holds: numbers of active IZU, and each village's pair.
  const phones = checked.flatMap((c) => (c.phone && c.status === 'active' ? [c.phone] : []));
  const taken = new Set((await findActiveIzuByPhone(db, phones)).map((p) => p.phone));
  const active = await countActiveIzuByVillage(db, [...new Set(checked.flatMap((c) => (c.villageId ? [c.villageId] : [])))]);
  for (const c of checked) {
    if (c.phone && c.status === 'active' && taken.has(c.phone)) {
      errors.push({ row: c.row, field: 'phone', messageKey: 'errors.phone_taken', message: 'another active IZU has this number' });
    }
    if (c.villageId && c.status === 'active') {
      const n = (active.get(c.villageId) ?? 0) + 1;
      active.set(c.villageId, n);
      if (n > PAIR_SIZE)
        errors.push({ row: c.row, field: 'village', messageKey: 'errors.izu_village_full', message: 'the village would have more than two active IZU' });
    }
  }
  errors.sort((a, b) => a.row - b.row);

  const preview = checked.map((c) => ({
    row: c.row,
    fullName: c.fullName,
    sex: c.sex,
    phone: c.phone,
    village: c.villageId ? { id: c.villageId, path: matcher.pathOf(c.villageId) } : null,
    status: c.status,
    selectedOn: c.selectedOn,
    trainings: c.trainings,
  }));
  const result = { dryRun: input.dryRun, ok: errors.length === 0, rows: file.rows.length, created: 0, ignoredColumns: file.ignoredColumns, errors, preview };
  if (input.dryRun) return result;
  if (errors.length) {
    const failedRows = new Set(errors.map((e) => e.row)).size;
    throw new AppError(
      'validation',
      `${failedRows} of ${file.rows.length} rows have errors; no volunteer was registered`,
      'errors.import_failed',
      errors.map((e) => ({ field: `row ${e.row}.${e.field}`, message: e.message, messageKey: e.messageKey, ...(e.params && { params: e.params }) })),
      { failedRows, errors },
    );
  }
  await writeImport(ctx, actor, checked, input.fileName);
  return { ...result, created: checked.length };
}

/** The row's village, or null with its problem reported (unknown or ambiguous, with candidates). */
async function matchVillage(
  db: Db,
  actor: Actor,
  matcher: VillageMatcher,
  r: FileRow,
  problem: (field: ImportColumn, messageKey: string, message: string, extra?: Partial<RowError>) => void,
): Promise<string | null> {
  if (!r.village) {
    problem('village', 'errors.required', 'required');
    return null;
  }
  const wanted: VillageWanted = { village: r.village, cell: r.cell, sector: r.sector, district: r.district };
  const found = matcher.match(wanted);
  if (found.kind === 'found') return found.village.id;
  const within = ` in ${[r.cell, r.sector, r.district].filter(Boolean).join(', ') || 'your jurisdiction'}`;
  if (found.kind === 'ambiguous') {
    problem(
      'village',
      'errors.izu_import_village_ambiguous',
      `${found.candidates.length} villages are called "${r.village}"${within}: give the cell or sector`,
      {
        params: { count: found.candidates.length },
        candidates: found.candidates.slice(0, 20).map((c) => ({ id: c.id, path: matcher.pathOf(c.id) })),
      },
    );
    return null;
  }
  problem('village', 'errors.izu_import_village_unknown', `No village "${r.village}"${within}`, {
    candidates: await matcher.suggest(wanted, () => suggestions(db, actor, wanted)),
  });
  return null;
}

/** The villages an unknown name may mean: place search (trigram similarity too) inside the importer's jurisdiction. */
async function suggestions(db: Db, actor: Actor, wanted: VillageWanted) {
  const name = placeNameQuery(wanted.village);
  if (!name) return [];
  const ancestors = [wanted.cell, wanted.sector, wanted.district].flatMap((a) => (a && placeNameQuery(a) ? [placeNameQuery(a)!] : []));
  const within = actor.jurisdictionId === NATIONAL_PLACE_ID ? undefined : actor.jurisdictionId;
  const options = { level: 5, within, limit: 5, near: actor.jurisdictionId };
  let found = await rankedSearch(db, [{ name, ancestors }], options);
  if (found.length === 0 && ancestors.length) found = await rankedSearch(db, [{ name, ancestors: [] }], options);
  return (await withPaths(db, found)).map((p) => ({
    id: p.id,
    path: p.path
      .slice(1)
      .map((s) => s.name)
      .join(' › '),
  }));
}

async function writeImport(ctx: AppContext, actor: Actor, rows: CheckedRow[], fileName: string | undefined) {
  const now = ctx.clock.now();
  const date = today(ctx);
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      for (const r of rows) {
        const { id } = await trx
          .insertInto('users')
          .values({
            username: volunteerUsername(r.fullName),
            full_name: r.fullName,
            role: 'izu',
            jurisdiction_id: r.villageId!,
            phone: r.phone,
            language: 'rw',
            // A basic-phone volunteer: no password (SMS/USSD by the registered number).
            password_hash: null,
            password_changed_at: now,
            must_change_password: true,
            active: r.status === 'active',
            sex: r.sex,
            izu_status: r.status!,
            izu_status_on: date,
            selected_on: r.selectedOn,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await replaceTrainings(trx, id, r.trainings, now, actor.id);
        await appendAudit(trx, actor, { action: 'izu.create', entityType: 'user', entityId: id, details: { via: 'import', row: r.row } }, now);
      }
      await appendAudit(trx, actor, { action: 'izu.import', entityType: 'user', details: { count: rows.length, fileName: fileName ?? null } }, now);
    });
  } catch (err) {
    if (isUniqueViolation(err, ACTIVE_IZU_PHONE_INDEX) || isUniqueViolation(err, USERNAME_INDEX)) {
      throw conflict('A number in the file was registered meanwhile; check the file again', 'errors.phone_taken');
    }
    throw err;
  }
}
