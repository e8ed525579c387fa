import { createHash } from 'node:crypto';
import type { InboundGateway } from '../../db/tables/inbound-sms.js';
import { normaliseRwandanMobile } from '../../people/phone.js';
import type { AfricasTalkingSmsBody, RapidProExternalBody, RapidProFlowBody, RapidProFlowResult } from './gateway.schemas.js';

// Each gateway's call, read into the one shape Rinda stores: who sent what,
// when, and the gateway's id of it. Pure functions, so each mapping is tested
// on its own (gateway-messages.test.ts).

export type InboundMessage = {
  gateway: InboundGateway;
  gatewayMessageId: string;
  from: string;
  to: string | null;
  text: string;
  gatewayDate: Date | null;
};

/** A Rwandan mobile in its stored form (+250…), as users.phone holds it; any other address as the gateway gave it, without a `tel:` scheme. */
export function senderAddress(raw: string): string {
  const address = raw.trim().replace(/^tel:/i, '');
  return normaliseRwandanMobile(address) ?? address;
}

/**
 * The gateway's date, if it is one: ISO 8601, or Africa's Talking's
 * "yyyy-MM-dd HH:mm:ss" (UTC). Anything else, or a date more than a day
 * ahead of `now`, is kept as none: a message is never refused for its date.
 */
export function gatewayDate(raw: string | undefined, now: Date): Date | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text.replace(' ', 'T')}Z` : text;
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + 86_400_000) return null;
  return at;
}

export function fromRapidProExternal(body: RapidProExternalBody, now: Date): InboundMessage {
  return {
    gateway: 'rapidpro_external',
    gatewayMessageId: body.id,
    from: senderAddress(body.from),
    to: null,
    text: body.text,
    gatewayDate: gatewayDate(body.date, now),
  };
}

export function fromAfricasTalking(body: AfricasTalkingSmsBody, now: Date): InboundMessage {
  return {
    gateway: 'africastalking',
    gatewayMessageId: body.id,
    from: senderAddress(body.from),
    to: body.to?.trim() || null,
    text: body.text,
    gatewayDate: gatewayDate(body.date, now),
  };
}

/** Result names whose value is the volunteer's whole message, as they would have texted it. */
const WHOLE_MESSAGE_RESULTS = ['sms', 'text', 'message'];
/** Results that stand in the SMS as their value alone (a flag's code, the child's sex, URGENT, a task's YES/NO); the others as `NAME value`. */
const VALUE_ONLY_RESULTS = new Set(['category', 'code', 'sex', 'urgent', 'answer', 'task']);

const resultText = (r: RapidProFlowResult | undefined): string => {
  const value = r?.value === null || r?.value === undefined ? '' : String(r.value).trim();
  return (value || (r?.category ?? '').trim()).replace(/\s+/g, ' ');
};

/**
 * A flow's answers as the SMS the volunteer would have sent, so the one
 * parser reads both (the SMS format of docs/izu-sms-ussd.md): a result named
 * `sms`, `text` or `message` is that SMS; otherwise the `keyword` result (else
 * the flow name's first word), then each other result in the flow's order as
 * `NAME value` (a flow names its results after the format's words: month,
 * households, a1, v3, resolved, note…), or as its value alone for category,
 * code, sex, urgent, answer and task. A result without a value gives its
 * category; one with neither is left out. See docs/izu-gateways.md.
 */
export function flowResultsText(body: RapidProFlowBody): string {
  const results = body.results;
  for (const name of WHOLE_MESSAGE_RESULTS) {
    const text = resultText(results[name]);
    if (text) return text;
  }
  const keyword = resultText(results.keyword) || (body.flow.name.trim().split(/\s+/)[0] ?? '');
  const parts = Object.entries(results)
    .filter(([name]) => name !== 'keyword')
    .map(([name, r]) => {
      const value = resultText(r);
      if (!value) return '';
      return VALUE_ONLY_RESULTS.has(name.toLowerCase()) ? value : `${name.toUpperCase()} ${value}`;
    })
    .filter(Boolean);
  return [keyword.toUpperCase(), ...parts].join(' ').trim();
}

/**
 * The id of a flow's call: the body's `id` when the flow sets one, else the
 * run's uuid (a webhook RapidPro repeats carries the same run), else a digest
 * of the contact, the flow and the answers (the same answers sent twice are
 * one report).
 */
export function flowMessageId(body: RapidProFlowBody): string {
  if (body.id) return body.id;
  if (body.run?.uuid) return `run:${body.run.uuid}`;
  const digest = createHash('sha256')
    .update(JSON.stringify([body.contact.uuid, body.flow.uuid, body.results]))
    .digest('hex');
  return `sha256:${digest}`;
}

export function fromRapidProFlow(body: RapidProFlowBody, now: Date): InboundMessage {
  return {
    gateway: 'rapidpro_flow',
    gatewayMessageId: flowMessageId(body),
    from: senderAddress(body.contact.urn),
    to: null,
    text: flowResultsText(body),
    gatewayDate: gatewayDate(body.run?.created_on, now),
  };
}
