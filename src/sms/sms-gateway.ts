import type { SmsGateway, SmsMessage } from '../context.js';

/** The default adapter: writes each message to the log (no personal data is ever in an SMS). */
export function loggingSmsGateway(log: (msg: string, data: object) => void): SmsGateway {
  return {
    async send(message: SmsMessage) {
      log('sms', { to: message.to.replace(/\d(?=\d{3})/g, '*'), length: message.text.length });
    },
  };
}

/**
 * A gateway reached over HTTP: each message is POSTed as JSON
 * `{ to, text, reference }` (reference: the outbox id, the same on a retry);
 * any answer but 2xx, or none within the timeout, is a failure to try again.
 */
export function httpSmsGateway(url: string, timeoutMs: number): SmsGateway {
  return {
    async send(message: SmsMessage) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: message.to, text: message.text, reference: message.reference ?? null }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.body?.cancel();
      if (!res.ok) throw new Error(`gateway answered ${res.status}`);
    },
  };
}

/** The test adapter: keeps every message so a test can assert what was sent. */
export function capturingSmsGateway(): SmsGateway & { sent: SmsMessage[]; references: (string | undefined)[] } {
  const sent: SmsMessage[] = [];
  const references: (string | undefined)[] = [];
  return {
    sent,
    references,
    async send(message: SmsMessage) {
      sent.push({ to: message.to, text: message.text });
      references.push(message.reference);
    },
  };
}
