import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/access/actor.js';
import { appendAudit } from '../src/audit/audit.repository.js';
import { changeCase } from '../src/cases/case-change.js';
import { insertCase } from './support/case-factories.js';
import { createUser, PLACES } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// changeCase is the one way a case changes (steps 4-9): permission, the case
// locked in scope, one transaction, and an audit entry. A change that records
// no audit entry is not committed: nothing of it reaches the database.

let t: TestApp;
let actor: Actor;
let caseId: string;
beforeAll(async () => {
  t = await createTestApp();
  const cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  actor = {
    id: cpwo.id,
    username: cpwo.username,
    fullName: cpwo.full_name,
    role: 'cpwo',
    organisationId: null,
    jurisdictionId: PLACES.gasabo,
    jurisdictionLevel: 2,
    supervisorId: null,
    trainingCompletedOn: null,
    language: 'en',
    sessionId: 'test',
    ip: null,
    requestId: null,
  };
  caseId = (await insertCase(t, { openedBy: cpwo.id })).case.id;
});
afterAll(() => t.close());

const notes = () => t.database.db.selectFrom('case_notes').select('body').where('case_id', '=', caseId).execute();

describe('changeCase', () => {
  it('commits a change with its audit entry', async () => {
    await changeCase(t.ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
      await trx.insertInto('case_notes').values({ case_id: kase.id, body: 'audited', written_by: actor.id, written_at: now }).execute();
      await appendAudit(trx, actor, { action: 'case.note.add', entityType: 'case', entityId: kase.id }, now);
    });
    expect((await notes()).map((n) => n.body)).toEqual(['audited']);
  });

  it('refuses to commit a change that recorded no audit entry, and writes nothing of it', async () => {
    await expect(
      changeCase(t.ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
        await trx.insertInto('case_notes').values({ case_id: kase.id, body: 'unaudited', written_by: actor.id, written_at: now }).execute();
      }),
    ).rejects.toThrow(/recorded no audit entry/);
    expect((await notes()).map((n) => n.body)).toEqual(['audited']);
  });

  it('refuses a case outside the actor’s scope before any work', async () => {
    let ran = false;
    const elsewhere = { ...actor, jurisdictionId: PLACES.bugesera };
    await expect(changeCase(t.ctx, elsewhere, caseId, 'case:work', async () => void (ran = true))).rejects.toMatchObject({ status: 404 });
    expect(ran).toBe(false);
  });
});
