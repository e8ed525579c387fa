import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { DeadlinePolicy } from './deadline-policy.schemas.js';
import { loadDeadlinePolicy, saveDeadlinePolicy } from './deadline.repository.js';

export async function getDeadlinePolicy(ctx: AppContext, actor: Actor): Promise<DeadlinePolicy> {
  assertCan(actor, 'settings:manage');
  return loadDeadlinePolicy(ctx.database.db);
}

/**
 * Replaces the policy. Deadlines already open keep their due times; new ones
 * and the escalation of overdue ones follow the new values.
 */
export async function updateDeadlinePolicy(ctx: AppContext, actor: Actor, policy: DeadlinePolicy): Promise<DeadlinePolicy> {
  assertCan(actor, 'settings:manage');
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    const before = await loadDeadlinePolicy(trx);
    const changed = changedFields(before, policy);
    await saveDeadlinePolicy(trx, policy, actor.id, now);
    await appendAudit(trx, actor, { action: 'settings.deadline_policy.update', entityType: 'setting', entityId: 'deadline_policy', fields: changed }, now);
  });
  return loadDeadlinePolicy(ctx.database.db);
}

function changedFields(before: DeadlinePolicy, after: DeadlinePolicy): string[] {
  const fields: string[] = [];
  for (const key of Object.keys(after) as (keyof DeadlinePolicy)[]) {
    if (key === 'escalationHours') {
      for (const kind of Object.keys(after.escalationHours) as (keyof DeadlinePolicy['escalationHours'])[]) {
        if (after.escalationHours[kind] !== before.escalationHours[kind]) fields.push(`escalationHours.${kind}`);
      }
    } else if (after[key] !== before[key]) {
      fields.push(key);
    }
  }
  return fields;
}
