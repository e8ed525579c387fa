import type { AppContext, SmsMessage } from '../context.js';

/**
 * Sends messages after the change they announce has committed. A gateway
 * failure does not undo the change (the report is recorded, the escalation
 * stands, the in-app notification is there); it is counted, not thrown.
 */
export async function sendAfterCommit(ctx: AppContext, messages: SmsMessage[]): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const message of messages) {
    try {
      await ctx.sms.send(message);
      sent += 1;
    } catch {
      failed += 1;
    }
  }
  return { sent, failed };
}
