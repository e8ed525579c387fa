import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The web app hides what a role may not do with reports and cases; it learns
// what the role may do from /auth/me (caseActions, from src/access/case-access.ts).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function caseActionsOf(role: Parameters<typeof signedIn>[1]['role'], jurisdictionId: string): Promise<string[]> {
  const { session } = await signedIn(t, { role, jurisdictionId });
  const res = await client(t, session).get('/api/v1/auth/me');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().caseActions;
}

describe('GET /auth/me lists the case actions of the role', () => {
  it('gives a CPWO the whole of the district work', async () => {
    const actions = await caseActionsOf('cpwo', PLACES.gasabo);
    expect(actions).toEqual(
      expect.arrayContaining(['report:create', 'report:register', 'report:screen', 'case:open', 'case:read', 'case:work', 'case:allocate', 'worklist:read']),
    );
    expect(actions).not.toContain('case:approve_closure');
    expect(actions).not.toContain('report:hotline');
  });

  it('gives an IZU reporting and visits, and no case file', async () => {
    const actions = await caseActionsOf('izu', PLACES.gasaboVillage);
    expect(actions).toEqual(expect.arrayContaining(['report:create', 'visit:record']));
    for (const a of ['case:read', 'report:register', 'report:screen', 'worklist:read']) expect(actions).not.toContain(a);
  });

  it('gives a hotline agent the fast intake form and a supervisor closure approval', async () => {
    expect(await caseActionsOf('hotline_agent', PLACES.rwanda)).toEqual(expect.arrayContaining(['report:create', 'report:hotline']));
    const supervisor = await caseActionsOf('supervisor', PLACES.gasabo);
    expect(supervisor).toEqual(expect.arrayContaining(['case:read', 'case:approve_closure', 'report:register']));
    expect(supervisor).not.toContain('case:work');
  });

  it('gives an analyst nothing of case work', async () => {
    expect(await caseActionsOf('analyst', PLACES.rwanda)).toEqual([]);
  });

  it('answers 401 without a session', async () => {
    expect((await client(t).get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});
