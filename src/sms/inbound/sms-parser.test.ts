import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COUNT, parseDay, parseMonth, parseSms, type ParsedMonthlyReport } from './sms-parser.js';
import { AT_RISK_CODES, FLAG_WORDS, INCIDENT_CODES, KIND_KEYWORDS, REPORT_FIELD_WORDS, SMS_LANGUAGES, TASK_WORDS, VISIT_WORDS } from './sms-vocabulary.js';
import { editDistance, matchWord, TYPO_MIN_LENGTH } from './word-match.js';

// The SMS format of docs/izu-sms-ussd.md: examples, then properties over any
// report written in any alias, order, case and separator, with slips.

const words = (table: Record<string, Record<string, readonly string[]>>) =>
  Object.entries(table).flatMap(([meaning, byLanguage]) => Object.values(byLanguage).flatMap((list) => list.map((word) => ({ word, meaning }))));

describe('the vocabulary', () => {
  // A slip (distance 1) must never turn one word into another of a different meaning.
  for (const [name, table] of Object.entries({ keywords: KIND_KEYWORDS, report: REPORT_FIELD_WORDS, flag: FLAG_WORDS, task: TASK_WORDS, visit: VISIT_WORDS })) {
    it(`no two ${name} words of different meaning are within reach of one slip each`, () => {
      const list = words(table);
      for (const a of list)
        for (const b of list) {
          if (a.meaning === b.meaning) continue;
          const reach = (a.word.length >= TYPO_MIN_LENGTH ? 1 : 0) + (b.word.length >= TYPO_MIN_LENGTH ? 1 : 0);
          expect(editDistance(a.word, b.word), `${a.word} / ${b.word}`).toBeGreaterThan(reach);
        }
    });
  }

  it('reads a word with one slip only when it has five letters or more', () => {
    const lexicon = [
      { word: 'RAPORO', meaning: 'r' },
      { word: 'INGO', meaning: 'i' },
    ];
    expect(matchWord(lexicon, 'raporo')).toBe('r');
    expect(matchWord(lexicon, 'RAPRO')).toBe('r'); // missing letter
    expect(matchWord(lexicon, 'RAPOROO')).toBe('r'); // extra letter
    expect(matchWord(lexicon, 'RAPORA')).toBe('r'); // changed letter
    expect(matchWord(lexicon, 'RPAORO')).toBe('r'); // swapped neighbours
    expect(matchWord(lexicon, 'RPAORA')).toBeUndefined(); // two slips
    expect(matchWord(lexicon, 'INGA')).toBeUndefined();
    expect(matchWord(lexicon, 'Ìngo')).toBe('i');
  });
});

describe('months', () => {
  it.each([
    ['2026-11', '2026-11'],
    ['2026/11', '2026-11'],
    ['11/2026', '2026-11'],
    ['11-2026', '2026-11'],
    ['11.2026', '2026-11'],
    ['11-26', '2026-11'],
    ['1/27', '2027-01'],
    ['202611', '2026-11'],
  ])('%s is %s', (typed, month) => expect(parseMonth(typed)).toBe(month));
  it.each(['13/2026', '00/2026', '2026-13', '11', 'nov', '11/1999'])('%s is not a month', (typed) => expect(parseMonth(typed)).toBeNull());
});

describe('messages', () => {
  it('reads a whole report in Kinyarwanda', () => {
    const parsed = parseSms('RAPORO 11/2026 INGO 9 A1 2 A3 1 V2 1 BYAKEMUWE 1 BYOHEREJWE 2 GUKURIKIRANA 3 IMPUNGENGE Abana babiri ntibajya ku ishuri');
    expect(parsed).toEqual({
      ok: true,
      kind: 'monthly_report',
      language: 'rw',
      report: {
        month: '2026-11',
        village: null,
        householdsVisited: 9,
        childrenAtRisk: { poverty: 2, orphanhood: 1 },
        incidents: { physical_violence: 1 },
        resolvedInCommunity: 1,
        referralsMade: 2,
        followUpVisits: 3,
        concerns: 'Abana babiri ntibajya ku ishuri',
        omitted: [],
      },
    });
  });

  it('takes the language from the keyword, glued words and counts, and names left-out counts', () => {
    const parsed = parseSms('rapport 11-26 ménages:4, a1-2');
    expect(parsed).toMatchObject({
      ok: true,
      language: 'fr',
      report: { householdsVisited: 4, childrenAtRisk: { poverty: 2 }, omitted: ['resolvedInCommunity', 'referralsMade', 'followUpVisits'] },
    });
    expect(parseSms('REPORT2026-11 HH9')).toMatchObject({ ok: true, language: 'en', report: { month: '2026-11', householdsVisited: 9 } });
  });

  it('reads a village by name or code', () => {
    expect(parseSms('RAPORO UMUDUGUDU Rweru II 11/2026 INGO 3')).toMatchObject({ ok: true, report: { village: { name: 'Rweru II' } } });
    expect(parseSms('RAPORO 11/2026 VILLAGE 12010101 INGO 3')).toMatchObject({ ok: true, report: { village: { code: '12010101' } } });
  });

  it.each([
    ['', { code: 'empty' }],
    ['hello there', { code: 'unknown_keyword', word: 'hello' }],
    ['RAPORO INGO 3', { code: 'month_missing' }],
    ['RAPORO 13/2026 INGO 3', { code: 'month_invalid', word: '13/2026' }],
    ['RAPORO 11/2026', { code: 'count_missing', field: 'householdsVisited' }],
    ['RAPORO 11/2026 INGO -3', { code: 'count_negative', field: 'householdsVisited' }],
    ['RAPORO 11/2026 INGO 3 A2 -1', { code: 'count_negative', field: 'A2' }],
    ['RAPORO 11/2026 INGO 3 A9 1', { code: 'unknown_word', word: 'A9', position: 5 }],
    ['RAPORO 11/2026 INGO 3x', { code: 'count_invalid', field: 'householdsVisited', word: '3x' }],
    ['RAPORO 11/2026 INGO 5000', { code: 'count_too_large', field: 'householdsVisited' }],
    ['RAPORO 11/2026 INGO 3 INGO 4', { code: 'field_twice', field: 'householdsVisited' }],
    ['RAPORO 11/2026 INGO 3 IMBWA 4', { code: 'unknown_word', word: 'IMBWA', position: 5 }],
    ['IKIBAZO GORE', { code: 'category_missing' }],
    ['IKIBAZO V1 IMYAKA 30', { code: 'age_invalid', word: '30' }],
    ['INSHINGANO YEGO', { code: 'task_number_missing' }],
    ['INSHINGANO 12', { code: 'task_answer_missing' }],
    ['GUSURA ABANA 3', { code: 'household_missing' }],
    ['GUSURA URUGO ABANA 3', { code: 'household_missing' }],
    ['GUSURA Mukamana ABANA 3', { code: 'household_invalid', position: 2 }],
    ['VISIT HH Mukamana CHILDREN 3', { code: 'household_invalid', position: 3 }],
    ['GUSURA KG-014', { code: 'count_missing', field: 'childrenSeen' }],
    ['GUSURA KG-014 ABANA 31', { code: 'count_too_large', field: 'childrenSeen', max: 30 }],
    ['GUSURA KG-014 ABANA 3 IBYAGO 13', { code: 'concern_invalid', word: '13' }],
    ['GUSURA KG-014 URUGO KG-015 ABANA 3', { code: 'field_twice', field: 'household' }],
    ['GUSURA KG-014 ABANA 3 ITARIKI', { code: 'date_invalid', word: '' }],
    ['GUSURA KG-014 ABANA 3 ITARIKI ejo', { code: 'date_invalid', word: 'ejo' }],
    ['VISIT KG-014 CHILDREN 3 DATE 31/11', { code: 'date_invalid', word: '31/11' }],
    ['VISITE KG-014 ENFANTS 3 DATE 12/13', { code: 'date_invalid', word: '12/13' }],
    ['GUSURA KG-014 ABANA 3 ITARIKI 29/02/2026', { code: 'date_invalid', word: '29/02/2026' }],
    ['GUSURA KG-014 ITARIKI 30/10 ABANA 3 ITARIKI 29/10', { code: 'field_twice', field: 'date' }],
  ])('%j: says what to fix', (text, problem) => {
    const parsed = parseSms(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toEqual(problem);
  });

  it('reads a household visit: the code kept whole, in any order, concerns by number, the rest as a note', () => {
    expect(parseSms('GUSURA KG-014 ABANA 3 IBYAGO 1 5 IMPUNGENGE nta biryo')).toEqual({
      ok: true,
      kind: 'household_visit',
      language: 'rw',
      visit: { householdCode: 'KG-014', childrenSeen: 3, concerns: ['violence_at_home', 'food_insecurity'], note: 'nta biryo', visitedOn: null },
    });
    expect(parseSms('visit children=2, hh kg14; issues 0')).toMatchObject({
      ok: true,
      language: 'en',
      visit: { householdCode: 'KG14', childrenSeen: 2, concerns: [], note: null },
    });
    expect(parseSms('Visite enfants4 ménage H12 soucis 3,3 la mère est malade')).toMatchObject({
      ok: true,
      language: 'fr',
      visit: { householdCode: 'H12', childrenSeen: 4, concerns: ['child_out_of_school'], note: 'la mère est malade' },
    });
  });

  it("reads a visit's earlier day after ITARIKI / DATE, in any position, with or without its year", () => {
    expect(parseSms('GUSURA KG-014 ABANA 3 ITARIKI 30/10')).toMatchObject({
      ok: true,
      visit: { householdCode: 'KG-014', childrenSeen: 3, note: null, visitedOn: { day: 30, month: 10, year: null } },
    });
    expect(parseSms('visit date 1-11-2026 hh kg14 children 2')).toMatchObject({
      ok: true,
      language: 'en',
      visit: { householdCode: 'KG14', childrenSeen: 2, visitedOn: { day: 1, month: 11, year: 2026 } },
    });
    expect(parseSms('VISITE H12 enfants 4 date 3.9.26 soucis 2 le père est parti')).toMatchObject({
      ok: true,
      language: 'fr',
      visit: { householdCode: 'H12', concerns: ['neglect'], note: 'le père est parti', visitedOn: { day: 3, month: 9, year: 2026 } },
    });
    // Past the note word, a date is the volunteer's own words.
    expect(parseSms('GUSURA KG-014 ABANA 3 IMPUNGENGE ITARIKI 30/10 yagiye')).toMatchObject({
      ok: true,
      visit: { note: 'ITARIKI 30/10 yagiye', visitedOn: null },
    });
  });

  it('reads a day as typed: day and month, a year of 2 or 4 digits, only days a calendar has', () => {
    expect(parseDay('30/10')).toEqual({ day: 30, month: 10, year: null });
    expect(parseDay('29/02')).toEqual({ day: 29, month: 2, year: null });
    expect(parseDay('29/02/2028')).toEqual({ day: 29, month: 2, year: 2028 });
    expect(parseDay('05-11-26')).toEqual({ day: 5, month: 11, year: 2026 });
    for (const bad of ['29/02/2027', '0/10', '32/1', '10/0', '1/13', '30/10/202', '30', '30/10/2026/1', 'KG-014', '2026-10-30'])
      expect(parseDay(bad), bad).toBeNull();
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('/', '-', '.'),
        (d, sep) => {
          const [day, month, year] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
          expect(parseDay(`${day}${sep}${month}${sep}${year}`)).toEqual({ day, month, year });
          expect(parseDay(`${String(day).padStart(2, '0')}${sep}${String(month).padStart(2, '0')}`)).toEqual({ day, month, year: null });
        },
      ),
    );
  });

  it('reads a flag and a visit-task answer, the words past them as a note', () => {
    expect(parseSms('IKIBAZO V1 GORE IMYAKA 12 BYIHUTIRWA')).toMatchObject({
      ok: true,
      kind: 'incident_flag',
      flag: { category: { kind: 'incident', type: 'sexual_violence' }, urgent: true, childSex: 'female', childAge: 12, note: null },
    });
    expect(parseSms('alerte a3 garçon note seul à la maison')).toMatchObject({
      ok: true,
      language: 'fr',
      flag: { category: { kind: 'at_risk', category: 'orphanhood' }, childSex: 'male', note: 'seul à la maison' },
    });
    expect(parseSms('INSHINGANO 12 YEGO ameze neza')).toMatchObject({
      ok: true,
      kind: 'visit_task',
      task: { taskNumber: 12, childSafe: true, note: 'ameze neza' },
    });
    expect(parseSms('task #7 unsafe')).toMatchObject({ ok: true, language: 'en', task: { taskNumber: 7, childSafe: false, note: null } });
  });
});

// ---- properties ----

const COUNT_WORDS = {
  householdsVisited: REPORT_FIELD_WORDS.householdsVisited,
  resolvedInCommunity: REPORT_FIELD_WORDS.resolvedInCommunity,
  referralsMade: REPORT_FIELD_WORDS.referralsMade,
  followUpVisits: REPORT_FIELD_WORDS.followUpVisits,
};
const allAliases = (byLanguage: Record<string, readonly string[]>) => Object.values(byLanguage).flat();
const count = fc.integer({ min: 0, max: MAX_COUNT });
const reportArb = fc.record({
  year: fc.integer({ min: 2020, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  householdsVisited: count,
  resolvedInCommunity: count,
  referralsMade: count,
  followUpVisits: count,
  atRisk: fc.dictionary(fc.constantFrom(...AT_RISK_CODES.map((c) => c.code)), count, { maxKeys: 4 }),
  incidents: fc.dictionary(fc.constantFrom(...INCIDENT_CODES.map((c) => c.code)), count, { maxKeys: 4 }),
  concerns: fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z ,.']{0,40}[a-z]$/), { nil: null }),
});
type ReportCase = typeof reportArb extends fc.Arbitrary<infer T> ? T : never;

/** One slip in a word: a letter left out, added, changed, or two neighbours swapped (letters only). */
const slip = (word: string, kind: number, at: number, letter: string) => {
  const i = at % word.length;
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + letter + word.slice(i);
  if (kind === 2) return word.slice(0, i) + (word[i] === letter ? (letter === 'Z' ? 'Y' : 'Z') : letter) + word.slice(i + 1);
  const j = Math.min(i, word.length - 2);
  return word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
};

const renderingArb = fc.record({
  keyword: fc.constantFrom(...allAliases(KIND_KEYWORDS.monthly_report)),
  monthStyle: fc.integer({ min: 0, max: 5 }),
  monthLabelled: fc.boolean(),
  aliasPicks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  order: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
  separators: fc.array(fc.constantFrom(' ', '  ', ', ', ';', ': ', '=', ' = ', '\n', ' , '), { minLength: 40, maxLength: 40 }),
  caseStyle: fc.constantFrom('upper', 'lower', 'title', 'mixed'),
  slips: fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ')), {
    minLength: 8,
    maxLength: 8,
  }),
});

function render(r: ReportCase, s: typeof renderingArb extends fc.Arbitrary<infer T> ? T : never): string {
  const mm = String(r.month).padStart(2, '0');
  const month = [`${r.year}-${mm}`, `${r.month}/${r.year}`, `${mm}-${r.year}`, `${mm}-${String(r.year).slice(2)}`, `${r.year}/${r.month}`, `${r.year}${mm}`][
    s.monthStyle
  ]!;
  let k = 0;
  const sep = () => s.separators[k++ % s.separators.length]!;
  const word = (w: string, n: number) => {
    const [apply, kind, at, letter] = s.slips[n % s.slips.length]!;
    const typed = apply && w.length >= TYPO_MIN_LENGTH ? slip(w, kind, at, letter) : w;
    return s.caseStyle === 'upper'
      ? typed
      : s.caseStyle === 'lower'
        ? typed.toLowerCase()
        : s.caseStyle === 'title'
          ? typed[0] + typed.slice(1).toLowerCase()
          : [...typed].map((c, i) => (i % 2 ? c.toLowerCase() : c)).join('');
  };
  const pick = (list: readonly string[], n: number) => list[s.aliasPicks[n % s.aliasPicks.length]! % list.length]!;
  const fields: string[] = [
    (s.monthLabelled ? word(pick(allAliases(REPORT_FIELD_WORDS.month), 0), 0) + sep() : '') + month,
    ...Object.entries(COUNT_WORDS).map(([f, aliases], n) => word(pick(allAliases(aliases), n + 1), n + 1) + sep() + String(r[f as keyof typeof COUNT_WORDS])),
    ...Object.entries(r.atRisk).map(([code, v]) => word(code, 99) + sep() + v),
    ...Object.entries(r.incidents).map(([code, v]) => code.toLowerCase() + sep() + v),
  ];
  const ordered = fields.map((f, i) => ({ f, key: s.order[i % s.order.length]! })).sort((a, b) => a.key - b.key);
  const body = ordered.map((o) => o.f).join(sep() || ' ');
  const concerns = r.concerns === null ? '' : ' ' + word(pick(allAliases(REPORT_FIELD_WORDS.concerns), 7), 7) + ' ' + r.concerns;
  return word(s.keyword, 5) + ' ' + body + concerns;
}

describe('properties of the parser', () => {
  it('any valid report, written in any alias, order, case, separator and with slips, reads back to the same values', () => {
    fc.assert(
      fc.property(reportArb, renderingArb, (r, s) => {
        const text = render(r, s);
        const parsed = parseSms(text);
        expect(parsed.ok, `${text} → ${JSON.stringify(parsed)}`).toBe(true);
        if (!parsed.ok || parsed.kind !== 'monthly_report') return;
        const expected: Omit<ParsedMonthlyReport, 'omitted' | 'village'> = {
          month: `${r.year}-${String(r.month).padStart(2, '0')}`,
          householdsVisited: r.householdsVisited,
          resolvedInCommunity: r.resolvedInCommunity,
          referralsMade: r.referralsMade,
          followUpVisits: r.followUpVisits,
          childrenAtRisk: Object.fromEntries(Object.entries(r.atRisk).map(([code, v]) => [AT_RISK_CODES.find((c) => c.code === code)!.category, v])),
          incidents: Object.fromEntries(Object.entries(r.incidents).map(([code, v]) => [INCIDENT_CODES.find((c) => c.code === code)!.type, v])),
          concerns: r.concerns,
        };
        expect(parsed.report).toMatchObject(expected);
        expect(parsed.report.omitted).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on anything: garbage always comes back as a problem to fix, and counts are never negative', () => {
    const vocabulary = [
      ...SMS_LANGUAGES.flatMap((l) => Object.values(KIND_KEYWORDS).flatMap((k) => k[l])),
      ...words(REPORT_FIELD_WORDS).map((w) => w.word),
      'A1',
      'V7',
      '-3',
      '11/2026',
      '0',
      '999999',
    ];
    const messy = fc.array(fc.oneof(fc.string(), fc.constantFrom(...vocabulary), fc.integer().map(String)), { maxLength: 20 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), messy), (text) => {
        const parsed = parseSms(text);
        if (!parsed.ok) {
          expect(typeof parsed.problem.code).toBe('string');
          return;
        }
        if (parsed.kind === 'monthly_report') {
          const r = parsed.report;
          const counts = [
            r.householdsVisited,
            r.resolvedInCommunity,
            r.referralsMade,
            r.followUpVisits,
            ...Object.values(r.childrenAtRisk),
            ...Object.values(r.incidents),
          ];
          for (const c of counts) {
            expect(Number.isInteger(c)).toBe(true);
            expect(c).toBeGreaterThanOrEqual(0);
            expect(c).toBeLessThanOrEqual(MAX_COUNT);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a negative count anywhere is refused, naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(COUNT_WORDS)), fc.integer({ min: 1, max: 5000 }), (field, n) => {
        const alias = allAliases(COUNT_WORDS[field as keyof typeof COUNT_WORDS])[0]!;
        const extra = field === 'householdsVisited' ? '' : ' INGO 3';
        const parsed = parseSms(`RAPORO 11/2026${extra} ${alias} -${n}`);
        expect(parsed).toMatchObject({ ok: false, problem: { code: 'count_negative', field } });
      }),
    );
  });
});
