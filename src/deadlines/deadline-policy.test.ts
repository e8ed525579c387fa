import { describe, expect, it } from 'vitest';
import { computeDueAt, DEFAULT_DEADLINE_POLICY, escalationIntervalMs, escalationLevelAt, topLevelReminderDue } from './deadline-policy.js';
import { deadlinePolicySchema } from './deadline-policy.schemas.js';
import { addDays, endOfLocalDay, localDateOf, startOfLocalDay } from './local-time.js';

const TZ = 'Africa/Kigali'; // UTC+2
const HOUR = 3_600_000;

describe('local time in Africa/Kigali', () => {
  it('reads the local date, which starts two hours before UTC midnight', () => {
    expect(localDateOf(new Date('2026-11-02T21:59:59Z'), TZ)).toBe('2026-11-02');
    expect(localDateOf(new Date('2026-11-02T22:00:00Z'), TZ)).toBe('2026-11-03');
  });

  it('gives the start and the last second of a local day', () => {
    expect(startOfLocalDay('2026-11-02', TZ).toISOString()).toBe('2026-11-01T22:00:00.000Z');
    expect(endOfLocalDay('2026-11-02', TZ).toISOString()).toBe('2026-11-02T21:59:59.000Z');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('computeDueAt with the framework defaults', () => {
  const p = DEFAULT_DEADLINE_POLICY;

  it('screening: 24 hours after receipt', () => {
    expect(computeDueAt(p, 'screening', new Date('2026-11-02T07:00:00Z'), TZ).toISOString()).toBe('2026-11-03T07:00:00.000Z');
  });

  it('Tier 1: the end of the local day of screening (same-day response)', () => {
    // 23:30 in Kigali is still the same local day: due in 29 minutes 59 seconds.
    expect(computeDueAt(p, 'tier1_response', new Date('2026-11-02T21:30:00Z'), TZ).toISOString()).toBe('2026-11-02T21:59:59.000Z');
    // 00:30 in Kigali on the 3rd (22:30 UTC on the 2nd): that local day.
    expect(computeDueAt(p, 'tier1_response', new Date('2026-11-02T22:30:00Z'), TZ).toISOString()).toBe('2026-11-03T21:59:59.000Z');
  });

  it('Tier 1 with configured hours', () => {
    const policy = { ...p, tier1ResponseHours: 6 };
    expect(computeDueAt(policy, 'tier1_response', new Date('2026-11-02T07:00:00Z'), TZ).toISOString()).toBe('2026-11-02T13:00:00.000Z');
  });

  it('Tier 2: the end of the seventh local day after screening', () => {
    expect(computeDueAt(p, 'tier2_assessment', new Date('2026-11-02T07:00:00Z'), TZ).toISOString()).toBe('2026-11-09T21:59:59.000Z');
  });

  it('case plan and review: days, to the end of the local day', () => {
    expect(computeDueAt(p, 'case_plan', new Date('2026-11-02T07:00:00Z'), TZ).toISOString()).toBe('2026-11-16T21:59:59.000Z');
    expect(computeDueAt(p, 'case_review', new Date('2026-11-02T07:00:00Z'), TZ).toISOString()).toBe('2027-01-31T21:59:59.000Z');
  });

  it('the defaults satisfy the policy schema', () => {
    expect(deadlinePolicySchema.parse(p)).toEqual(p);
  });
});

describe('escalation steps', () => {
  const due = new Date('2026-11-09T21:59:59Z');
  const day = escalationIntervalMs(DEFAULT_DEADLINE_POLICY, 'tier2_assessment');

  it('is not escalated before the due time', () => {
    expect(escalationLevelAt(due, day, new Date(due.getTime() - 1))).toBe(0);
  });

  it('climbs one level per interval from the due time, up to NCDA (4)', () => {
    expect(escalationLevelAt(due, day, due)).toBe(1);
    expect(escalationLevelAt(due, day, new Date(due.getTime() + day - 1))).toBe(1);
    expect(escalationLevelAt(due, day, new Date(due.getTime() + day))).toBe(2);
    expect(escalationLevelAt(due, day, new Date(due.getTime() + 2 * day))).toBe(3);
    expect(escalationLevelAt(due, day, new Date(due.getTime() + 3 * day))).toBe(4);
    expect(escalationLevelAt(due, day, new Date(due.getTime() + 30 * day))).toBe(4);
  });

  it('uses 2-hour steps for screening and Tier 1, 24 hours for other kinds', () => {
    expect(escalationIntervalMs(DEFAULT_DEADLINE_POLICY, 'screening')).toBe(2 * HOUR);
    expect(escalationIntervalMs(DEFAULT_DEADLINE_POLICY, 'tier1_response')).toBe(2 * HOUR);
    expect(escalationIntervalMs(DEFAULT_DEADLINE_POLICY, 'a_kind_added_later')).toBe(24 * HOUR);
  });

  it('reminds the top level again once an interval has passed since the last step', () => {
    const last = new Date('2026-11-12T22:00:00Z');
    expect(topLevelReminderDue(last, day, new Date(last.getTime() + day - 1))).toBe(false);
    expect(topLevelReminderDue(last, day, new Date(last.getTime() + day))).toBe(true);
    expect(topLevelReminderDue(null, day, last)).toBe(false);
  });
});
