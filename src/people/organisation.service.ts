import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import {
  findOrganisation,
  findPlace,
  insertOrganisation,
  listOrganisations as listOrganisationRows,
  updateOrganisation as updateOrganisationRow,
} from './organisation.repository.js';
import type { CreateOrganisationInput, Organisation, OrganisationListQuery, UpdateOrganisationInput } from './organisation.schemas.js';
import { isUniqueViolation } from './unique-violation.js';

const NAME_INDEX = 'organisations_name_place_idx';
const nameTaken = () => conflict('An organisation with this name already exists at this place', 'errors.organisation_name_taken');

/** Every signed-in user may list organisations (to pick one). */
export async function listOrganisations(ctx: AppContext, actor: Actor, query: OrganisationListQuery) {
  assertCan(actor, 'organisations:read');
  return listOrganisationRows(ctx.database.db, query);
}

export async function createOrganisation(ctx: AppContext, actor: Actor, input: CreateOrganisationInput): Promise<Organisation> {
  assertCan(actor, 'organisations:manage');
  const { db } = ctx.database;
  if (!(await findPlace(db, input.placeId))) throw invalidField('body.placeId', 'No such place', 'errors.place_not_found');
  const now = ctx.clock.now();
  let id: string;
  try {
    id = await db.transaction().execute(async (trx) => {
      const newId = await insertOrganisation(trx, { ...input, now });
      await appendAudit(trx, actor, { action: 'organisation.create', entityType: 'organisation', entityId: newId, fields: ['name', 'kind', 'placeId'] }, now);
      return newId;
    });
  } catch (err) {
    if (isUniqueViolation(err, NAME_INDEX)) throw nameTaken();
    throw err;
  }
  return (await findOrganisation(db, id))!;
}

export async function updateOrganisation(ctx: AppContext, actor: Actor, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
  assertCan(actor, 'organisations:manage');
  const { db } = ctx.database;
  const current = await findOrganisation(db, id);
  if (!current) throw notFound('organisation');
  const changes = {
    ...(input.name !== undefined && input.name !== current.name && { name: input.name }),
    ...(input.kind !== undefined && input.kind !== current.kind && { kind: input.kind }),
    ...(input.placeId !== undefined && input.placeId !== current.placeId && { placeId: input.placeId }),
    ...(input.active !== undefined && input.active !== current.active && { active: input.active }),
  };
  const fields = Object.keys(changes);
  if (fields.length === 0) return current;
  if (changes.placeId && !(await findPlace(db, changes.placeId))) {
    throw invalidField('body.placeId', 'No such place', 'errors.place_not_found');
  }
  const now = ctx.clock.now();
  // Deactivating keeps the organisation's users; it only stops new accounts joining it.
  const action =
    fields.length === 1 && changes.active !== undefined ? (changes.active ? 'organisation.activate' : 'organisation.deactivate') : 'organisation.update';
  try {
    await db.transaction().execute(async (trx) => {
      await updateOrganisationRow(trx, id, changes, now);
      await appendAudit(trx, actor, { action, entityType: 'organisation', entityId: id, fields }, now);
    });
  } catch (err) {
    if (isUniqueViolation(err, NAME_INDEX)) throw nameTaken();
    throw err;
  }
  return (await findOrganisation(db, id))!;
}
