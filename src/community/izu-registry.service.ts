import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCanManageRegistry, assertCanReadRegistry, assertRegistryPlaceInScope, registryScopeFilter } from '../access/izu-access.js';
import { placeInScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import { deleteUserSessions } from '../auth/session.repository.js';
import { generateOneTimePassword, hashPassword } from '../auth/password.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { AppError, conflict, invalidField, notFound } from '../errors/app-error.js';
import { handOverOneTimePassword, queueOneTimePassword } from '../people/one-time-password.js';
import { normaliseRwandanMobile } from '../people/phone.js';
import { isUniqueViolation } from '../people/unique-violation.js';
import { today } from '../people/user-validation.js';
import { USERNAME_INDEX, insertUser, updateUserRow } from '../people/user.repository.js';
import { lineageOf, normalisePlaceName } from '../places/place-name.js';
import { placeLabels } from '../places/place.service.js';
import {
  ACTIVE_IZU_PHONE_INDEX,
  countActiveIzu,
  countPairs,
  findActiveIzuByPhone,
  findTrainings,
  findVillagesPage,
  findVolunteers,
  izuTrainingCodes,
  replaceTrainings,
  type VolunteerRow,
} from './izu-registry.repository.js';
import type { CreateVolunteerInput, RegistryQuery, UpdateVolunteerInput, Volunteer, VolunteerStatusInput } from './izu-registry.schemas.js';
import { PAIR_SIZE, VOLUNTEER_LEVEL, type VolunteerRole } from './izu-vocabulary.js';

// The IZU registry (issue 12; programme brief: "a pair of IZU (one woman and
// one man) operating in every village"). Volunteers are users with the IZU
// roles; an IZU is created without a password (a basic phone: SMS/USSD only,
// identified by the registered number), a coordinator with a one-time password.

/** The volunteers' views: their trainings and their places' labels in two queries. */
export async function volunteerViews(db: Db, rows: VolunteerRow[]): Promise<Volunteer[]> {
  const [trainings, labels] = await Promise.all([
    findTrainings(
      db,
      rows.map((r) => r.id),
    ),
    placeLabels(
      db,
      rows.map((r) => r.placeId),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.fullName,
    role: r.role,
    sex: r.sex,
    phone: r.phone,
    language: r.language,
    // Set for every volunteer role by the database (migrations/0032).
    status: r.status ?? 'active',
    statusOn: r.statusOn,
    selectedOn: r.selectedOn,
    replacedBy: r.replacedById ? { id: r.replacedById, fullName: r.replacedByName ?? '' } : null,
    place: labels.get(r.placeId) ?? { id: r.placeId, name: r.placeId, level: r.placeId.length, label: r.placeId },
    webAccess: r.webAccess,
    trainings: trainings.records.filter((t) => t.userId === r.id).map((t) => ({ trainingCode: t.trainingCode, takenOn: t.takenOn })),
    earlierTrainings: trainings.earlier.filter((t) => t.userId === r.id).map((t) => ({ name: t.name, takenOn: t.takenOn })),
  }));
}

export async function getRegistry(ctx: AppContext, actor: Actor, query: RegistryQuery) {
  assertCanReadRegistry(actor);
  const { db } = ctx.database;
  const placeId = query.placeId ?? actor.jurisdictionId;
  assertRegistryPlaceInScope(actor, placeId);
  const place = (await placeLabels(db, [placeId])).get(placeId);
  if (!place) throw notFound('place');
  const scope = registryScopeFilter(actor, 'u.jurisdiction_id');
  const offset = (query.page - 1) * query.pageSize;
  const [page, pairs] = await Promise.all([
    findVillagesPage(db, { under: placeId, gapsOnly: query.gaps === 'true', offset, limit: query.pageSize }),
    countPairs(db, placeId),
  ]);
  const villageIds = page.rows.map((v) => v.id);
  const coordinatorRoles: VolunteerRole[] = ['izu_cell_coordinator', 'izu_sector_coordinator'];
  const [izus, above, below] = await Promise.all([
    findVolunteers(db, { scope, placeIds: villageIds, roles: ['izu'], status: query.status }),
    // The coordinators of the cell and sector the place is in, and (down to a district) of those inside it.
    findVolunteers(db, { scope, placeIds: lineageOf(placeId), roles: coordinatorRoles, status: query.status }),
    place.level >= 2 ? findVolunteers(db, { scope, under: placeId, roles: coordinatorRoles, status: query.status }) : [],
  ]);
  const coordinatorRows = [...new Map([...above, ...below].map((c) => [c.id, c])).values()];
  const [views, coordinators, villageLabels] = await Promise.all([volunteerViews(db, izus), volunteerViews(db, coordinatorRows), placeLabels(db, villageIds)]);
  return {
    place,
    summary: { villages: pairs.villages, withPair: pairs.withPair, missingPair: pairs.villages - pairs.withPair },
    villages: page.rows.map((v) => ({
      id: v.id,
      name: v.name,
      label: villageLabels.get(v.id)?.label ?? v.name,
      activeCount: v.activeCount,
      volunteers: views.filter((x) => x.place.id === v.id),
    })),
    coordinators,
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A volunteer in the actor's scope, or 404 (absent, out of scope, or not a volunteer: one answer). */
async function volunteerInScope(ctx: AppContext, actor: Actor, id: string): Promise<VolunteerRow> {
  const [row] = await findVolunteers(ctx.database.db, { scope: registryScopeFilter(actor, 'u.jurisdiction_id'), ids: [id] });
  if (!row) throw notFound('volunteer');
  return row;
}

export async function getVolunteer(ctx: AppContext, actor: Actor, id: string): Promise<Volunteer> {
  assertCanReadRegistry(actor);
  const [view] = await volunteerViews(ctx.database.db, [await volunteerInScope(ctx, actor, id)]);
  return view!;
}

const villageFull = (field: string) =>
  new AppError('conflict', 'This village already has its pair of active IZU', 'errors.izu_village_full', [
    { field, message: 'the village already has two active IZU', messageKey: 'errors.izu_village_full' },
  ]);
const phoneTaken = (field: string) =>
  new AppError('conflict', 'Another active IZU has this phone number', 'errors.phone_taken', [
    { field, message: 'another active IZU has this number', messageKey: 'errors.phone_taken' },
  ]);

function checkedPhone(phone: string, field: string): string {
  const e164 = normaliseRwandanMobile(phone);
  if (!e164) throw invalidField(field, 'Not a Rwandan mobile number (07xxxxxxxx or +2507xxxxxxxx)', 'errors.phone_invalid');
  return e164;
}

function checkNotFuture(ctx: AppContext, date: string | null | undefined, field: string, messageKey = 'errors.date_in_future') {
  if (date && date > today(ctx)) throw invalidField(field, 'cannot be in the future', messageKey);
}

/** Each training one of the register's IZU modules, none in the future. */
async function checkTrainings(ctx: AppContext, trainings: { trainingCode: string; takenOn: string }[] | undefined, field: string) {
  if (!trainings?.length) return;
  const known = await izuTrainingCodes(ctx.database.db);
  trainings.forEach((t, i) => {
    if (!known.has(t.trainingCode)) throw invalidField(`${field}.${i}.trainingCode`, 'not an IZU module of the training register', 'errors.training_unknown');
    checkNotFuture(ctx, t.takenOn, `${field}.${i}.takenOn`, 'errors.training_date_in_future');
  });
}

/** A username nobody has to type (an IZU may never sign in): the name's letters and a random tail. */
export function volunteerUsername(fullName: string): string {
  const slug = normalisePlaceName(fullName).split(' ').join('.').slice(0, 24) || 'izu';
  return `${slug}.${randomBytes(3).toString('hex')}`;
}

type NewVolunteer = Omit<CreateVolunteerInput, 'phone'> & { phone: string };

/** The row of a new volunteer; an IZU gets no password, a coordinator a one-time one (hashed here). */
async function newVolunteerRow(ctx: AppContext, input: NewVolunteer, oneTimePassword: string | null) {
  const now = ctx.clock.now();
  return {
    username: volunteerUsername(input.fullName),
    full_name: input.fullName,
    role: input.role,
    organisation_id: null,
    jurisdiction_id: input.placeId,
    supervisor_id: null,
    training_completed_on: null,
    phone: input.phone,
    email: null,
    language: input.language,
    password_hash: oneTimePassword ? await hashPassword(oneTimePassword) : null,
    password_changed_at: now,
    must_change_password: true,
    sex: input.sex,
    izu_status: 'active' as const,
    izu_status_on: today(ctx),
    selected_on: input.selectedOn ?? null,
    created_at: now,
    updated_at: now,
  };
}

export async function createVolunteer(ctx: AppContext, actor: Actor, input: CreateVolunteerInput) {
  assertCanManageRegistry(actor);
  const { db } = ctx.database;
  const place = (await placeLabels(db, [input.placeId])).get(input.placeId);
  if (!place) throw invalidField('body.placeId', 'no such place', 'errors.place_not_found');
  if (!placeInScope(actor, input.placeId)) throw invalidField('body.placeId', 'outside your jurisdiction', 'errors.jurisdiction_outside_yours');
  if (place.level !== VOLUNTEER_LEVEL[input.role]) {
    throw invalidField(
      'body.placeId',
      'an IZU works in a village, a cell coordinator in a cell, a sector coordinator in a sector',
      'errors.jurisdiction_level_mismatch',
    );
  }
  const phone = checkedPhone(input.phone, 'body.phone');
  checkNotFuture(ctx, input.selectedOn, 'body.selectedOn');
  await checkTrainings(ctx, input.trainings, 'body.trainings');
  if (input.role === 'izu') {
    if ((await findActiveIzuByPhone(db, [phone])).length) throw phoneTaken('body.phone');
    if ((await countActiveIzu(db, input.placeId)) >= PAIR_SIZE) throw villageFull('body.placeId');
  }
  const oneTimePassword = input.role === 'izu' ? null : generateOneTimePassword();
  const row = await newVolunteerRow(ctx, { ...input, phone }, oneTimePassword);
  const now = ctx.clock.now();
  const { id, pending } = await writeVolunteer(ctx, async (trx) => {
    const id = await insertUser(trx, row);
    await replaceTrainings(trx, id, input.trainings, now, actor.id);
    const pending = oneTimePassword ? await queueOneTimePassword(trx, ctx, phone, oneTimePassword) : null;
    await appendAudit(trx, actor, { action: 'izu.create', entityType: 'user', entityId: id, details: { role: input.role, placeId: input.placeId } }, now);
    return { id, pending };
  });
  const volunteer = await getVolunteer(ctx, actor, id);
  if (!pending || !oneTimePassword) return { volunteer, oneTimePassword: null, delivery: 'none' as const };
  return { volunteer, ...(await handOverOneTimePassword(ctx, pending, oneTimePassword)) };
}

/** Runs a registry write; a number or username taken meanwhile answers 409, not 500. */
async function writeVolunteer<T>(ctx: AppContext, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  try {
    return await ctx.database.db.transaction().execute(work);
  } catch (err) {
    if (isUniqueViolation(err, ACTIVE_IZU_PHONE_INDEX)) throw phoneTaken('body.phone');
    if (isUniqueViolation(err, USERNAME_INDEX)) throw conflict('Try again', 'errors.username_taken');
    throw err;
  }
}

export async function updateVolunteer(ctx: AppContext, actor: Actor, id: string, input: UpdateVolunteerInput): Promise<Volunteer> {
  assertCanManageRegistry(actor);
  const { db } = ctx.database;
  const current = await volunteerInScope(ctx, actor, id);
  const phone = input.phone !== undefined ? checkedPhone(input.phone, 'body.phone') : undefined;
  checkNotFuture(ctx, input.selectedOn, 'body.selectedOn');
  await checkTrainings(ctx, input.trainings, 'body.trainings');
  if (phone && phone !== current.phone && current.role === 'izu' && current.status === 'active') {
    if ((await findActiveIzuByPhone(db, [phone])).some((o) => o.id !== id)) throw phoneTaken('body.phone');
  }
  const now = ctx.clock.now();
  const set = {
    ...(input.fullName !== undefined && { full_name: input.fullName }),
    ...(input.sex !== undefined && { sex: input.sex }),
    ...(phone !== undefined && { phone }),
    ...(input.selectedOn !== undefined && { selected_on: input.selectedOn }),
    ...(input.language !== undefined && { language: input.language }),
    updated_at: now,
  };
  await writeVolunteer(ctx, async (trx) => {
    await updateUserRow(trx, id, set);
    if (input.trainings) await replaceTrainings(trx, id, input.trainings, now, actor.id);
    await appendAudit(trx, actor, { action: 'izu.update', entityType: 'user', entityId: id, fields: Object.keys(input) }, now);
  });
  return getVolunteer(ctx, actor, id);
}

/**
 * Changes a volunteer's standing: active again, inactive, or replaced by
 * another volunteer of the same village (one on record, or one registered in
 * the same step). An inactive or replaced volunteer's account is switched off.
 */
export async function changeVolunteerStatus(ctx: AppContext, actor: Actor, id: string, input: VolunteerStatusInput): Promise<Volunteer> {
  assertCanManageRegistry(actor);
  const { db } = ctx.database;
  const current = await volunteerInScope(ctx, actor, id);
  checkNotFuture(ctx, input.on, 'body.on');
  const now = ctx.clock.now();
  const base = { izu_status: input.status, izu_status_on: input.on, updated_at: now };

  if (input.status !== 'replaced') {
    if (input.replacedBy || input.replacement) throw invalidField('body.replacedBy', 'only for a replaced volunteer', 'errors.izu_replacement_unexpected');
    if (input.status === 'active' && current.status !== 'active' && current.role === 'izu') {
      if ((await countActiveIzu(db, current.placeId, id)) >= PAIR_SIZE) throw villageFull('body.status');
      if (current.phone && (await findActiveIzuByPhone(db, [current.phone])).some((o) => o.id !== id)) throw phoneTaken('body.status');
    }
    await writeVolunteer(ctx, async (trx) => {
      await updateUserRow(trx, id, { ...base, replaced_by: null, active: input.status === 'active' });
      if (input.status !== 'active') await deleteUserSessions(trx, id);
      await appendAudit(trx, actor, { action: 'izu.status', entityType: 'user', entityId: id, details: { status: input.status, on: input.on } }, now);
    });
    return getVolunteer(ctx, actor, id);
  }

  if (!!input.replacedBy === !!input.replacement) {
    throw invalidField('body.replacedBy', 'name the volunteer who takes over, or register them', 'errors.izu_replacement_required');
  }
  let successor: string | undefined = input.replacedBy;
  if (successor) {
    const [other] = await findVolunteers(db, { scope: registryScopeFilter(actor, 'u.jurisdiction_id'), ids: [successor] });
    if (!other || other.id === id || other.role !== current.role || other.placeId !== current.placeId || other.status !== 'active') {
      throw invalidField('body.replacedBy', 'the successor must be an active volunteer of the same role and place', 'errors.izu_replacement_invalid');
    }
  }
  const replacement = input.replacement;
  const newRow = replacement
    ? await newVolunteerRow(
        ctx,
        {
          role: current.role,
          placeId: current.placeId,
          trainings: [],
          language: replacement.language ?? current.language,
          ...replacement,
          phone: checkedPhone(replacement.phone, 'body.replacement.phone'),
        },
        null,
      )
    : null;
  if (replacement) checkNotFuture(ctx, replacement.selectedOn, 'body.replacement.selectedOn');
  if (newRow && current.role !== 'izu')
    throw invalidField('body.replacement', 'register a new coordinator first, then name them', 'errors.izu_replacement_invalid');
  await writeVolunteer(ctx, async (trx) => {
    // The one replaced leaves the pair first (as inactive until the successor
    // is on record), so the village has room for the successor.
    await updateUserRow(trx, id, { ...base, izu_status: 'inactive', active: false });
    if (newRow) {
      if ((await countActiveIzu(trx, current.placeId)) >= PAIR_SIZE) throw villageFull('body.replacement');
      successor = await insertUser(trx, newRow);
      await appendAudit(
        trx,
        actor,
        { action: 'izu.create', entityType: 'user', entityId: successor, details: { role: current.role, placeId: current.placeId, replaces: id } },
        now,
      );
    }
    await updateUserRow(trx, id, { izu_status: 'replaced', replaced_by: successor! });
    await deleteUserSessions(trx, id);
    await appendAudit(
      trx,
      actor,
      { action: 'izu.status', entityType: 'user', entityId: id, details: { status: 'replaced', on: input.on, replacedBy: successor } },
      now,
    );
  });
  return getVolunteer(ctx, actor, id);
}
