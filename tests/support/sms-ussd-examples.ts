import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './test-db.js';

// The examples of docs/izu-sms-ussd.md, read by the tests that send them, so
// the page and the code cannot drift: a fenced block ```sms <language> or
// ```ussd <language> ('unknown': a number no IZU holds); '>' lines are what
// the volunteer sends, '<' lines Rinda's answer (consecutive '<' lines are
// one USSD screen), '--' a new USSD session.

export type ExampleLanguage = 'rw' | 'en' | 'fr' | 'unknown';
export type Exchange = { send: string; expect: string };
export type SmsExample = { language: ExampleLanguage; exchanges: Exchange[] };
/** A USSD session: the screen the first request shows, then each answer and the screen it brings. */
export type UssdSession = { first: string; steps: Exchange[] };
export type UssdExample = { language: ExampleLanguage; sessions: UssdSession[] };

const PAGE = join(root, 'docs/izu-sms-ussd.md');

function blocks(kind: 'sms' | 'ussd'): { language: ExampleLanguage; lines: string[] }[] {
  const text = readFileSync(PAGE, 'utf8');
  const found: { language: ExampleLanguage; lines: string[] }[] = [];
  for (const m of text.matchAll(/^```(sms|ussd) (rw|en|fr|unknown)\n([\s\S]*?)^```$/gm)) {
    if (m[1] === kind) found.push({ language: m[2] as ExampleLanguage, lines: m[3]!.split('\n').filter((l) => l !== '') });
  }
  return found;
}

export function smsExamples(): SmsExample[] {
  return blocks('sms').map(({ language, lines }) => {
    const exchanges: Exchange[] = [];
    for (const line of lines) {
      if (line.startsWith('> ')) exchanges.push({ send: line.slice(2), expect: '' });
      else if (line.startsWith('< ')) exchanges[exchanges.length - 1]!.expect = line.slice(2);
      else throw new Error(`docs/izu-sms-ussd.md: unreadable example line ${line}`);
    }
    return { language, exchanges };
  });
}

export function ussdExamples(): UssdExample[] {
  return blocks('ussd').map(({ language, lines }) => {
    const sessions: UssdSession[] = [];
    let session: UssdSession = { first: '', steps: [] };
    const screen = (line: string) => {
      const last = session.steps[session.steps.length - 1];
      if (last) last.expect = last.expect ? `${last.expect}\n${line}` : line;
      else session.first = session.first ? `${session.first}\n${line}` : line;
    };
    for (const line of lines) {
      if (line === '--') {
        sessions.push(session);
        session = { first: '', steps: [] };
      } else if (line.startsWith('> ')) session.steps.push({ send: line.slice(2), expect: '' });
      else if (line.startsWith('< ')) screen(line.slice(2));
      else throw new Error(`docs/izu-sms-ussd.md: unreadable example line ${line}`);
    }
    sessions.push(session);
    return { language, sessions };
  });
}

/** An expected answer as a pattern: `{reference}` stands for a register number. */
export function answerPattern(expected: string): RegExp {
  const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{reference\\\}/g, 'R\\d+-\\d{2}-\\d+');
  return new RegExp(`^${escaped}$`);
}
