import { expect } from 'vitest';
import { insertCase } from './case-factories.js';
import { client, PLACES, signedIn } from './factories.js';
import type { TestApp } from './test-app.js';

/**
 * A visit task for an IZU of Akakaza (Gasabo), asked the way a caseworker
 * asks it (POST /cases/:id/visit-requests) on a case in Gasabo: its number is
 * the one the volunteer answers by SMS or USSD.
 */
export async function assignVisitTask(t: TestApp, izuUserId: string, dueDate = '2026-11-06'): Promise<{ id: string; taskNumber: number }> {
  const trained = { trainingCompletedOn: '2025-06-01' };
  const supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, ...trained });
  const cso = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, ...trained });
  const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, ...trained });
  const { case: kase } = await insertCase(t, {
    openedBy: cpwo.user.id,
    leadCaseworkerId: cso.user.id,
    supervisorId: supervisor.user.id,
    stage: 'implementation',
  });
  const asked = await client(t, cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, { izuUserId, dueDate, purpose: 'Check on the child' });
  expect(asked.statusCode, asked.body).toBe(201);
  const task = await t.database.db.selectFrom('visit_tasks').select(['id', 'task_number']).where('id', '=', asked.json().id).executeTakeFirstOrThrow();
  return { id: task.id, taskNumber: Number(task.task_number) };
}
