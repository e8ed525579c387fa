import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { assertCanManageUsers } from '../access/people-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import { generateOneTimePassword, hashPassword } from '../auth/password.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import type { Language, NewUser, Role } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { handOverOneTimePasswords, queueOneTimePassword, type PendingOneTimePassword } from './one-time-password.js';
import { isUniqueViolation } from './unique-violation.js';
import { IMPORT_COLUMNS, parseUserImport, type ImportColumn, type ImportRow } from './user-import.csv.js';
import { checkUser, type UserDraft, type UserField, type UserReferences } from './user-rules.js';
import { findImportReferences } from './user-import.repository.js';
import { invalidUser, today, type NamedProblem } from './user-validation.js';
import { insertUsers, USERNAME_INDEX } from './user.repository.js';
import { userFields } from './user.schemas.js';
import type { Profession } from './people-vocabulary.js';

const COLUMN_OF: Record<UserField, ImportColumn> = {
  organisationId: 'organisation',
  jurisdictionId: 'jurisdiction',
  supervisorId: 'supervisor',
  trainingCompletedOn: 'training_completed_on',
  phone: 'phone',
  profession: 'profession',
};
const REQUIRED: ImportColumn[] = ['username', 'full_name', 'role', 'organisation', 'jurisdiction'];
const FORMAT: Partial<Record<ImportColumn, { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }>> = {
  username: userFields.username,
  full_name: userFields.fullName,
  role: userFields.role,
  jurisdiction: userFields.jurisdictionId,
  training_completed_on: userFields.trainingCompletedOn,
  phone: userFields.phone,
  email: userFields.email,
  language: userFields.language,
  profession: userFields.profession,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A row's problems in the order of the file's columns. */
const byColumn = (problems: NamedProblem[]) =>
  [...problems].sort((a, b) => IMPORT_COLUMNS.indexOf(a.field.split('.')[1] as ImportColumn) - IMPORT_COLUMNS.indexOf(b.field.split('.')[1] as ImportColumn));

type Supervisor = NonNullable<UserReferences['supervisor']>;
type Lookups = {
  organisations: { id: string; name: string; active: boolean }[];
  places: Map<string, { id: string; level: number }>;
  /** Existing users named in the file (as a username or a supervisor), by lower-case username. */
  users: Map<string, Supervisor>;
};

/**
 * Creates every user of a CSV file, or none: each row is checked with the
 * same rules as a single account, every problem is reported by row and
 * column, and only a file without problems is written (in one transaction).
 */
export async function importUsers(ctx: AppContext, actor: Actor, csv: string) {
  assertCanManageUsers(actor);
  const rows = parseUserImport(csv);
  const lookups = await loadLookups(ctx.database.db, rows);
  const date = today(ctx);
  const problems: NamedProblem[] = [];
  const accepted: { row: number; user: Omit<NewUser, 'password_hash' | 'password_changed_at' | 'created_at' | 'updated_at'> }[] = [];
  const inFile = new Map<string, Supervisor>();

  for (const r of rows) {
    const rowProblems: NamedProblem[] = [];
    const problem = (column: ImportColumn, message: string, messageKey: string) => rowProblems.push({ field: `row ${r.row}.${column}`, message, messageKey });
    for (const column of IMPORT_COLUMNS) {
      const value = r[column];
      if (value === null) {
        if (REQUIRED.includes(column) && !(column === 'organisation' && r.role === 'sysadmin')) problem(column, 'required', 'errors.required');
        continue;
      }
      const result = FORMAT[column]?.safeParse(value);
      if (result && !result.success) problem(column, result.error?.issues[0]?.message ?? 'invalid', 'errors.validation');
    }
    if (rowProblems.length) {
      problems.push(...byColumn(rowProblems));
      continue;
    }

    const id = randomUUID();
    const username = r.username!;
    const key = username.toLowerCase();
    const taken = lookups.users.has(key) || inFile.has(key);
    if (taken) problem('username', 'already taken', 'errors.username_taken');

    const role = r.role as Role;
    const refs: UserReferences = { jurisdiction: lookups.places.get(r.jurisdiction!) };
    let organisationId: string | null = null;
    if (r.organisation !== null) {
      const wanted = r.organisation;
      const matches = lookups.organisations.filter((o) => (UUID.test(wanted) ? o.id === wanted.toLowerCase() : o.name.toLowerCase() === wanted.toLowerCase()));
      if (matches.length > 1) {
        problem('organisation', 'Several organisations have this name; give its id', 'errors.organisation_ambiguous');
      } else {
        organisationId = matches[0]?.id ?? wanted;
        refs.organisation = matches[0];
      }
    }
    let supervisorId: string | null = null;
    if (r.supervisor !== null) {
      const name = r.supervisor.toLowerCase();
      // A supervisor may be a row above this one in the same file.
      refs.supervisor = name === key ? undefined : (lookups.users.get(name) ?? inFile.get(name));
      supervisorId = name === key ? id : (refs.supervisor?.id ?? r.supervisor);
    }
    const draft: UserDraft = {
      id,
      role,
      organisationId,
      jurisdictionId: r.jurisdiction!,
      supervisorId,
      trainingCompletedOn: r.training_completed_on,
      phone: r.phone,
      profession: r.profession,
    };
    const checked = checkUser(draft, refs, date, actor);
    for (const p of checked.problems) {
      if (p.field === 'organisationId' && rowProblems.some((q) => q.field.endsWith('.organisation'))) continue;
      problem(COLUMN_OF[p.field], p.message, p.messageKey);
    }
    if (!taken) inFile.set(key, { id, role, active: true, organisationId, jurisdictionId: draft.jurisdictionId });
    if (rowProblems.length) {
      problems.push(...byColumn(rowProblems));
      continue;
    }
    accepted.push({
      row: r.row,
      user: {
        id,
        username,
        full_name: r.full_name!,
        role,
        organisation_id: organisationId,
        jurisdiction_id: draft.jurisdictionId,
        supervisor_id: supervisorId,
        training_completed_on: draft.trainingCompletedOn,
        phone: checked.phone,
        email: r.email,
        language: (r.language ?? 'rw') as Language,
        profession: r.profession as Profession | null,
        must_change_password: true,
      },
    });
  }

  if (problems.length) {
    const failedRows = new Set(problems.map((p) => p.field.split('.')[0])).size;
    const error = invalidUser(problems, 'errors.import_failed');
    throw new AppError('validation', `${failedRows} of ${rows.length} rows have errors; no user was created`, error.messageKey, error.fields, { failedRows });
  }
  return createImported(ctx, actor, accepted);
}

async function createImported(
  ctx: AppContext,
  actor: Actor,
  accepted: { row: number; user: Omit<NewUser, 'password_hash' | 'password_changed_at' | 'created_at' | 'updated_at'> }[],
) {
  const now = ctx.clock.now();
  const passwords = accepted.map(() => generateOneTimePassword());
  // Hashing is deliberately slow; a few at a time keeps the thread pool busy without queueing thousands.
  const hashes: string[] = [];
  for (let i = 0; i < passwords.length; i += 8) hashes.push(...(await Promise.all(passwords.slice(i, i + 8).map(hashPassword))));
  const values: NewUser[] = accepted.map((a, i) => ({
    ...a.user,
    password_hash: hashes[i]!,
    password_changed_at: now,
    created_at: now,
    updated_at: now,
  }));
  let pending: PendingOneTimePassword[];
  try {
    pending = await ctx.database.db.transaction().execute(async (trx) => {
      await insertUsers(trx, values);
      const each: PendingOneTimePassword[] = [];
      for (const [i, v] of values.entries()) {
        const queued = await queueOneTimePassword(trx, ctx, v.phone ?? null, passwords[i]!);
        await appendAudit(
          trx,
          actor,
          { action: 'user.create', entityType: 'user', entityId: v.id!, details: { via: 'import', delivery: queued.delivery } },
          now,
        );
        each.push(queued);
      }
      await appendAudit(trx, actor, { action: 'user.import', entityType: 'user', details: { count: values.length } }, now);
      return each;
    });
  } catch (err) {
    // Another administrator took one of the usernames meanwhile.
    if (isUniqueViolation(err, USERNAME_INDEX)) {
      throw new AppError('conflict', 'A username in the file was taken meanwhile; check the file again', 'errors.username_taken');
    }
    throw err;
  }
  const answers = await handOverOneTimePasswords(
    ctx,
    pending.map((p, i) => ({ pending: p, password: passwords[i]! })),
  );
  return { created: accepted.map((a, i) => ({ row: a.row, username: a.user.username, ...answers[i]! })) };
}

async function loadLookups(db: Db, rows: ImportRow[]): Promise<Lookups> {
  const lower = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null).map((v) => v.toLowerCase()))];
  const orgKeys = lower(rows.map((r) => r.organisation));
  const orgIds = orgKeys.filter((k) => UUID.test(k));
  const placeIds = [...new Set(rows.map((r) => r.jurisdiction).filter((v): v is string => v !== null))];
  const usernames = lower(rows.flatMap((r) => [r.username, r.supervisor]));
  const { organisations, places, users } = await findImportReferences(db, { orgKeys, orgIds, placeIds, usernames });
  return {
    organisations,
    places: new Map(places.map((p) => [p.id, p])),
    users: new Map(users.map(({ username, ...u }) => [username.toLowerCase(), u])),
  };
}
