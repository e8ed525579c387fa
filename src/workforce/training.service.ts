import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { workforceScope } from '../access/workforce-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import { importDate } from '../community/izu-import.service.js';
import type { RowError } from '../community/izu-import.schemas.js';
import type { AppContext } from '../context.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { parseTableFile } from '../imports/table-file.js';
import { normaliseRwandanMobile } from '../people/phone.js';
import { today } from '../people/user-validation.js';
import { sql, type SqlBool } from 'kysely';
import type { AttendanceImportResult, ImportAttendanceInput, RecordTrainingInput, RegisterQuery } from './training.schemas.js';
import { addMonths, trainingCodeOf } from './training-vocabulary.js';
import {
  findPersonInScope,
  insertTrainingRecords,
  listTrainings,
  peopleByUsernameOrPhone,
  recordsOf,
  registerPeople,
  setNationalTrainingDate,
  type NewTrainingRecord,
} from './training.repository.js';

// The training register (framework §8: caseworkers complete the national
// case management training before they carry cases; the TMM brief's
// follow-up modules, supervisors' and IZU trainings, local leaders'). The
// CPWO keeps their district's; NCDA reads the nation's; each person reads
// their own. Recording the national training sets the date the
// lead-caseworker gate reads, in the same transaction.

type Training = Awaited<ReturnType<typeof listTrainings>>[number];

function withRecords(
  people: { id: string; fullName: string; role: string; jurisdictionId: string; needsNationalTraining: boolean }[],
  records: Awaited<ReturnType<typeof recordsOf>>,
  date: string,
) {
  return people.map((p) => ({
    ...p,
    records: records.filter((r) => r.userId === p.id).map(({ userId: _u, ...r }) => ({ ...r, expired: r.expiresOn !== null && r.expiresOn < date })),
  }));
}

export async function getTrainingRegister(ctx: AppContext, actor: Actor, query: RegisterQuery) {
  assertCan(actor, 'training:register');
  const { db } = ctx.database;
  const { page, pageSize, ...filters } = query;
  const found = await registerPeople(db, workforceScope(actor), filters, { limit: pageSize, offset: (page - 1) * pageSize });
  const records = await recordsOf(
    db,
    found.rows.map((r) => r.id),
  );
  return {
    trainings: await listTrainings(db),
    items: withRecords(found.rows, records, today(ctx)),
    total: found.total,
    page,
    pageSize,
    counts: { byTraining: Object.fromEntries(found.byTraining.map((b) => [b.code, b.people])), needsNationalTraining: found.needsNational },
  };
}

/** One's own training record. */
export async function getOwnTraining(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'training:own');
  const { db } = ctx.database;
  const me = await findPersonInScope(db, sql<SqlBool>`true`, actor.id);
  if (!me) throw notFound('user');
  const [person] = withRecords([me], await recordsOf(db, [me.id]), today(ctx));
  return { trainings: await listTrainings(db), person: person! };
}

function expiryOf(training: Training, completedOn: string, given: string | null | undefined): string | null {
  if (given) return given;
  return training.refresherMonths ? addMonths(completedOn, training.refresherMonths) : null;
}

/** Records one training of one person of the actor's jurisdiction. */
export async function recordTraining(ctx: AppContext, actor: Actor, input: RecordTrainingInput) {
  assertCan(actor, 'training:record');
  const { db } = ctx.database;
  const scope = workforceScope(actor);
  const person = await findPersonInScope(db, scope, input.userId);
  if (!person) throw notFound('user');
  const training = (await listTrainings(db)).find((t) => t.code === input.trainingCode);
  if (!training) throw invalidField('body.trainingCode', 'No such training', 'errors.training_unknown');
  if (input.completedOn > today(ctx)) throw invalidField('body.completedOn', 'The date is in the future', 'errors.training_date_in_future');
  if (input.expiresOn && input.expiresOn < input.completedOn)
    throw invalidField('body.expiresOn', 'Expires before it was completed', 'errors.training_expiry_before_completion');
  const record: NewTrainingRecord = {
    userId: person.id,
    trainingCode: training.code,
    completedOn: input.completedOn,
    provider: input.provider ?? null,
    certificateRef: input.certificateRef ?? null,
    expiresOn: expiryOf(training, input.completedOn, input.expiresOn),
  };
  await writeRecords(ctx, actor, [record], training.gatesLeadCaseworker ? [person.id] : [], { via: 'form' }, true);
  const [view] = withRecords([(await findPersonInScope(db, scope, person.id))!], await recordsOf(db, [person.id]), today(ctx));
  return view!;
}

async function writeRecords(
  ctx: AppContext,
  actor: Actor,
  records: NewTrainingRecord[],
  gateUserIds: string[],
  details: Record<string, unknown>,
  refuseExisting: boolean,
): Promise<number> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const inserted = await insertTrainingRecords(trx, records, actor.id, now);
    if (refuseExisting && inserted.length < records.length)
      throw conflict('This training is already on record for this date', 'errors.training_already_recorded');
    await setNationalTrainingDate(trx, [...new Set(gateUserIds)], now);
    for (const r of inserted) {
      await appendAudit(
        trx,
        actor,
        { action: 'training.record', entityType: 'user', entityId: r.userId, details: { ...details, trainingCode: r.trainingCode, recordId: r.id } },
        now,
      );
    }
    return inserted.length;
  });
}

// The attendance list: who attended which training when. Every row is
// checked before anything is written; only a file without problems is
// written, in one transaction (as the IZU registry's import).

const COLUMNS = ['username', 'phone', 'name', 'training', 'completed_on', 'provider', 'certificate', 'expires_on'] as const;
type Column = (typeof COLUMNS)[number];
const ALIASES: Record<string, Column> = {
  username: 'username',
  user: 'username',
  izina_ukoresha: 'username',
  identifiant: 'username',
  phone: 'phone',
  telephone: 'phone',
  tel: 'phone',
  telefoni: 'phone',
  name: 'name',
  full_name: 'name',
  names: 'name',
  amazina: 'name',
  nom: 'name',
  training: 'training',
  course: 'training',
  module: 'training',
  formation: 'training',
  amahugurwa: 'training',
  completed_on: 'completed_on',
  date: 'completed_on',
  date_completed: 'completed_on',
  attended_on: 'completed_on',
  itariki: 'completed_on',
  provider: 'provider',
  trainer: 'provider',
  organisateur: 'provider',
  uwatanze: 'provider',
  certificate: 'certificate',
  certificate_ref: 'certificate',
  certificate_number: 'certificate',
  certificat: 'certificate',
  icyemezo: 'certificate',
  expires_on: 'expires_on',
  expiry: 'expires_on',
  refresher_on: 'expires_on',
  expiration: 'expires_on',
};

export async function importAttendance(ctx: AppContext, actor: Actor, input: ImportAttendanceInput): Promise<AttendanceImportResult> {
  assertCan(actor, 'training:record');
  const { db } = ctx.database;
  const scope = workforceScope(actor);
  const file = await parseTableFile(input, { columns: COLUMNS, required: ['training', 'completed_on'], aliases: ALIASES, rowName: 'attendees' });
  const trainings = await listTrainings(db);
  const known = new Set(trainings.map((t) => t.code));
  const date = today(ctx);
  const phoneOf = (p: string | null) => (p ? normaliseRwandanMobile(/^7\d{8}$/.test(p) ? `0${p}` : p) : null);
  const people = await peopleByUsernameOrPhone(
    db,
    scope,
    file.rows.flatMap((r) => (r.username ? [r.username.toLowerCase()] : [])),
    file.rows.flatMap((r) => {
      const p = phoneOf(r.phone);
      return p ? [p] : [];
    }),
  );
  const errors: RowError[] = [];
  const preview: AttendanceImportResult['preview'] = [];
  const records: NewTrainingRecord[] = [];
  const gate: string[] = [];
  const seen = new Map<string, number>();
  for (const r of file.rows) {
    const problem = (field: Column, messageKey: string, message: string, params?: Record<string, string | number>) =>
      errors.push({ row: r.row, field, messageKey, message, ...(params && { params }) });
    let person: (typeof people)[number] | undefined;
    if (!r.username && !r.phone) problem('username', 'errors.required', 'a username or a phone number names the person');
    else {
      const phone = phoneOf(r.phone);
      if (r.phone && !phone) problem('phone', 'errors.phone_invalid', 'Not a Rwandan mobile number (07xxxxxxxx or +2507xxxxxxxx)');
      // Someone outside the importer's jurisdiction reads as unknown, as if absent.
      person = r.username ? people.find((p) => p.username.toLowerCase() === r.username!.toLowerCase()) : people.find((p) => p.phone === phone);
      if (!person && (r.username || phone))
        problem(r.username ? 'username' : 'phone', 'errors.training_import_person_unknown', 'No such person in your jurisdiction');
    }
    const code = r.training ? trainingCodeOf(r.training, known) : null;
    if (!code) problem('training', r.training ? 'errors.training_unknown' : 'errors.required', `one of: ${[...known].join(', ')}`);
    const completedOn = r.completed_on ? importDate(r.completed_on) : null;
    if (!completedOn) problem('completed_on', r.completed_on ? 'errors.field.invalid_date' : 'errors.required', 'YYYY-MM-DD or DD/MM/YYYY');
    else if (completedOn > date) problem('completed_on', 'errors.training_date_in_future', 'cannot be in the future');
    const given = r.expires_on ? importDate(r.expires_on) : null;
    if (r.expires_on && !given) problem('expires_on', 'errors.field.invalid_date', 'YYYY-MM-DD or DD/MM/YYYY');
    else if (given && completedOn && given < completedOn) problem('expires_on', 'errors.training_expiry_before_completion', 'before the training');
    if (r.provider && r.provider.length > 200) problem('provider', 'errors.field.too_long', 'at most 200 characters', { max: 200 });
    if (r.certificate && r.certificate.length > 100) problem('certificate', 'errors.field.too_long', 'at most 100 characters', { max: 100 });
    if (person && code && completedOn) {
      const key = `${person.id}|${code}|${completedOn}`;
      if (seen.has(key)) problem('training', 'errors.izu_import_duplicate', `the same as row ${seen.get(key)}`, { row: seen.get(key)! });
      else seen.set(key, r.row);
    }
    const training = trainings.find((t) => t.code === code);
    const expiresOn = training && completedOn ? expiryOf(training, completedOn, given) : given;
    preview.push({
      row: r.row,
      person: person ? { id: person.id, fullName: person.fullName } : null,
      trainingCode: code,
      completedOn,
      provider: r.provider,
      certificateRef: r.certificate,
      expiresOn,
    });
    if (person && training && completedOn) {
      records.push({ userId: person.id, trainingCode: training.code, completedOn, provider: r.provider, certificateRef: r.certificate, expiresOn });
      if (training.gatesLeadCaseworker) gate.push(person.id);
    }
  }
  const ok = errors.length === 0;
  let created = 0;
  if (ok && !input.dryRun) created = await writeRecords(ctx, actor, records, gate, { via: 'import', fileName: input.fileName ?? null }, false);
  return {
    dryRun: input.dryRun,
    ok,
    rows: file.rows.length,
    created,
    alreadyRecorded: ok && !input.dryRun ? records.length - created : 0,
    ignoredColumns: file.ignoredColumns,
    errors,
    preview: preview.slice(0, 500),
  };
}
