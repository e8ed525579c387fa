import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftReport, nextQuestion, runUssdMenu, type ReportDraft } from './ussd-menu.js';

// The USSD menu as a pure state machine: the same answers from the same draft
// always give the same screen; totals are placed category by category; a
// draft carries a dropped session over; nothing is submitted before "send".

const months = { current: '2026-11', previous: '2026-10' };
const run = (text: string, draft: ReportDraft | null = null, language: 'rw' | 'en' | 'fr' = 'en') =>
  runUssdMenu({ language, inputs: text === '' ? [] : text.split('*'), draft, months });

describe('the USSD menu', () => {
  it('opens on the main menu in the volunteer’s language', () => {
    expect(run('').reply).toBe('CON Rinda IZU\n1. Monthly report\n2. Flag an incident');
    expect(run('', null, 'rw').reply).toBe("CON Rinda IZU\n1. Raporo y'ukwezi\n2. Tanga ikibazo");
    expect(run('', null, 'fr').reply).toBe('CON Rinda IZU\n1. Rapport mensuel\n2. Signaler un cas');
  });

  it('asks a total, then categories only until it is placed; the last category takes the rest', () => {
    const d: ReportDraft = { month: '2026-11', householdsVisited: 4, atRiskTotal: 5, childrenAtRisk: {}, incidents: {} };
    expect(nextQuestion(d)).toEqual({ kind: 'category', group: 'childrenAtRisk', category: 'poverty', left: 5 });
    // Answering 0 for the first seven categories leaves the eighth, which takes all five without a question.
    const r = run('1*1*0*0*0*0*0*0*0', d);
    expect(r.draft!.childrenAtRisk).toMatchObject({ poverty: 0, health: 0, other: 5 });
    expect(r.reply).toBe('CON Incidents reported (total)?');
    expect(draftReport(r.draft!).childrenAtRisk).toEqual({ other: 5 });
  });

  it('refuses a figure that is not a count, or more than is left, and asks again', () => {
    expect(run('1*1*abc').reply).toBe('CON Enter a number (0-1000).\nHouseholds visited this month?');
    expect(run('1*1*-2').reply).toBe('CON Enter a number (0-1000).\nHouseholds visited this month?');
    expect(run('1*1*1001').reply).toBe('CON Enter a number (0-1000).\nHouseholds visited this month?');
    expect(run('1*1*3*2*5').reply).toBe('CON No more than 2.\nOf them: Poverty? (2 left)');
    expect(run('7').reply).toBe('CON Choose a number from the list.\nRinda IZU\n1. Monthly report\n2. Flag an incident');
  });

  it('offers to carry on a draft, or to start again (throwing it away)', () => {
    const draft: ReportDraft = { month: '2026-10', householdsVisited: 3, childrenAtRisk: {}, incidents: {} };
    expect(run('1', draft).reply).toBe('CON Your report for 10/2026 is not finished.\n1. Carry on\n2. Start again');
    expect(run('1*1', draft).reply).toBe('CON Children at risk (total)?');
    const again = run('1*2', draft);
    expect(again).toMatchObject({ draft: null, discarded: ['2026-10'] });
    expect(again.reply).toBe('CON Monthly report for:\n1. 11/2026\n2. 10/2026');
  });

  it('submits only on "send", with the draft as the report', () => {
    const answers = '1*2*9*0*0*1*2*3';
    expect(run(answers).submit).toBeNull();
    const sent = run(`${answers}*1`);
    expect(sent.reply).toBeNull();
    expect(sent.submit).toEqual({ kind: 'monthly_report', report: expect.objectContaining({ month: '2026-10', householdsVisited: 9, referralsMade: 2 }) });
    expect(run(`${answers}*2`)).toMatchObject({ submit: null, draft: null, discarded: ['2026-10'] });
  });

  it('flags: sexual violence is urgent without asking; "cancel" records nothing', () => {
    expect(run('2*1').reply).toBe('CON The child is:\n1. A girl\n2. A boy\n3. Not known');
    expect(run('2*1*1*12*1').submit).toEqual({
      kind: 'incident_flag',
      flag: { category: { kind: 'incident', type: 'sexual_violence' }, urgent: true, childSex: 'female', childAge: 12, note: null },
    });
    expect(run('2*8*2*3*99*1').submit).toMatchObject({ flag: { category: { kind: 'other' }, urgent: false, childSex: null, childAge: null } });
    expect(run('2*2*2*1*18').reply).toBe("CON Enter an age 0-17, or 99.\nChild's age (0-17)? 99 = not known");
    expect(run('2*2*2*1*9*2')).toMatchObject({ reply: 'END Cancelled. Nothing was recorded.', submit: null });
  });

  it('never throws, always answers CON or END or a submission, and the same answers give the same screen', () => {
    const draftArb = fc.option(
      fc.record({
        month: fc.constantFrom('2026-10', '2026-11'),
        householdsVisited: fc.option(fc.nat(20), { nil: undefined }),
        childrenAtRisk: fc.constant({}),
        incidents: fc.constant({}),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('1', '2', '0', '3', '8', '99', ''), fc.string({ maxLength: 5 })), { maxLength: 30 }),
        draftArb,
        (inputs, draft) => {
          const input = { language: 'rw' as const, inputs, draft: draft as ReportDraft | null, months };
          const a = runUssdMenu(input);
          expect(a.reply === null ? a.submit !== null : /^(CON|END) /.test(a.reply)).toBe(true);
          expect(runUssdMenu(input)).toEqual(a);
          if (a.draft)
            for (const v of [a.draft.householdsVisited, a.draft.atRiskTotal, ...Object.values(a.draft.childrenAtRisk)])
              if (v !== undefined) expect(v).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('offers visit tasks only when there are some, and answers one from the list the session started with', () => {
    expect(run('3').reply).toBe('CON Choose a number from the list.\nRinda IZU\n1. Monthly report\n2. Flag an incident');
    const tasks = [
      { taskNumber: 41, dueDate: '2026-11-06' },
      { taskNumber: 7, dueDate: '2026-12-01' },
    ];
    const withTasks = (text: string) => runUssdMenu({ language: 'en', inputs: text === '' ? [] : text.split('*'), draft: null, months, tasks });
    expect(withTasks('').reply).toBe('CON Rinda IZU\n1. Monthly report\n2. Flag an incident\n3. Visit tasks (2)');
    expect(withTasks('3').reply).toBe('CON Your visit tasks:\n1. No. 41, by 6/11\n2. No. 7, by 1/12');
    expect(withTasks('3*3').reply).toBe('CON Choose a number from the list.\nYour visit tasks:\n1. No. 41, by 6/11\n2. No. 7, by 1/12');
    expect(withTasks('3*2*2').reply).toBe('CON Confirm task 7: child NOT safe\n1. Send\n2. Cancel');
    expect(withTasks('3*2*2*2')).toMatchObject({ reply: 'END Cancelled. Nothing was recorded.', submit: null });
    expect(withTasks('3*2*1*1')).toMatchObject({ reply: null, submit: { kind: 'visit_task', task: { taskNumber: 7, childSafe: true, note: null } } });
    // Nothing about a task goes into the monthly report's draft.
    expect(withTasks('3*1*1*1').draft).toBeNull();
  });
});
