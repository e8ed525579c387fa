import type { SmsGateway, SmsMessage } from '../context.js';

/** The default adapter: writes each message to the log (no personal data is ever in an SMS). */
export function loggingSmsGateway(log: (msg: string, data: object) => void): SmsGateway {
  return {
    async send(message: SmsMessage) {
      log('sms', { to: message.to.replace(/\d(?=\d{3})/g, '*'), length: message.text.length });
    },
  };
}

/** The test adapter: keeps every message so a test can assert what was sent. */
export function capturingSmsGateway(): SmsGateway & { sent: SmsMessage[] } {
  const sent: SmsMessage[] = [];
  return {
    sent,
    async send(message: SmsMessage) {
      sent.push(message);
    },
  };
}
