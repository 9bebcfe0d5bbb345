import { WorkingCalendar } from '../calendar';
import { endOfLocalDay, parseIsoDate as d, toLocalIsoString } from '../dates';
import { DomainErrorCode } from '../errors';
import { DEFAULT_ESCALATION_POLICY, LADDER_ESCALATION_POLICY } from './default-escalation-policies';
import { type EscalationPolicy } from './escalation-policy.types';
import { scheduleEscalations } from './schedule-escalations';

const cal = WorkingCalendar.default();
const rows = (policy: EscalationPolicy, assignedAt: string, dueDate: string) =>
  scheduleEscalations(policy, { assignedAt, dueAt: endOfLocalDay(d(dueDate)) }, cal).map((e) => `${e.step.id} ${e.audience} ${toLocalIsoString(e.at)}`);

describe('scheduleEscalations — default policy T−5 / T−1 / T+0 / T+3 in working days', () => {
  it.each<[string, string, string, string[]]>([
    [
      'annual report due Monday 16/12/2024',
      '2024-11-01T01:00:00Z',
      '2024-12-16',
      [
        'T-5 owner 2024-12-09T08:00:00+07:00',
        'T-1 unitHead 2024-12-13T08:00:00+07:00',
        'T+0 leaderInCharge 2024-12-17T00:00:00+07:00', // the breach: 24:00 of 16/12
        'T+3 chairman 2024-12-19T08:00:00+07:00',
      ],
    ],
    [
      'due just after the Tết 2026 break: working days skip 14–22/02',
      '2026-01-05T01:00:00Z',
      '2026-02-25',
      ['T-5 owner 2026-02-11T08:00:00+07:00', 'T-1 unitHead 2026-02-24T08:00:00+07:00', 'T+0 leaderInCharge 2026-02-26T00:00:00+07:00', 'T+3 chairman 2026-03-02T08:00:00+07:00'],
    ],
    [
      'the make-up Saturday 26/04/2025 is a working day',
      '2025-04-01T01:00:00Z',
      '2025-04-29',
      ['T-5 owner 2025-04-23T08:00:00+07:00', 'T-1 unitHead 2025-04-28T08:00:00+07:00', 'T+0 leaderInCharge 2025-04-30T00:00:00+07:00', 'T+3 chairman 2025-05-07T08:00:00+07:00'],
    ],
    [
      'assigned two days before the deadline: T−5 dropped',
      '2024-12-12T03:00:00Z',
      '2024-12-16',
      ['T-1 unitHead 2024-12-13T08:00:00+07:00', 'T+0 leaderInCharge 2024-12-17T00:00:00+07:00', 'T+3 chairman 2024-12-19T08:00:00+07:00'],
    ],
  ])('%s', (_label, assignedAt, dueDate, expected) => expect(rows(DEFAULT_ESCALATION_POLICY, assignedAt, dueDate)).toEqual(expected));
});

describe('scheduleEscalations — ladder 50% / 75% / breach', () => {
  it.each<[string, string, string, string[]]>([
    [
      'assigned Monday 02/12/2024 00:00, due Friday 13/12/2024',
      '2024-12-01T17:00:00Z',
      '2024-12-13',
      ['50% owner 2024-12-08T00:00:00+07:00', '75% unitHead 2024-12-11T00:00:00+07:00', 'breach leaderInCharge 2024-12-14T00:00:00+07:00'],
    ],
  ])('%s (instants on days off move to the next working day 08:00)', (_label, assignedAt, dueDate, expected) => {
    const got = rows(LADDER_ESCALATION_POLICY, assignedAt, dueDate);
    // 50% lands on Sunday 08/12 → Monday 09/12 08:00
    expect(got).toEqual([expected[0]!.replace('2024-12-08T00:00:00', '2024-12-09T08:00:00'), expected[1], expected[2]]);
  });
});

describe('scheduleEscalations — shares after the deadline', () => {
  it('125% of a 10-day span fires 2.5 days after the breach', () => {
    const policy: EscalationPolicy = {
      id: 'late-ladder',
      name: 'x',
      steps: [
        { id: 'breach', offset: { kind: 'share', share: 1 }, audience: 'leaderInCharge', kind: 'overdue' },
        { id: '125%', offset: { kind: 'share', share: 1.25 }, audience: 'chairman', kind: 'escalation' },
      ],
      stopWhen: ['done'],
    };
    // assigned Wed 04/12/2024 00:00 local, due end of Fri 13/12 (10 days): 125% = Monday 16/12 12:00 local
    const got = scheduleEscalations(policy, { assignedAt: '2024-12-03T17:00:00Z', dueAt: endOfLocalDay(d('2024-12-13')) }, cal).map((e) => `${e.step.id} ${toLocalIsoString(e.at)}`);
    expect(got).toEqual(['breach 2024-12-14T00:00:00+07:00', '125% 2024-12-16T12:00:00+07:00']);
  });
});

describe('policy validation', () => {
  it.each<[string, EscalationPolicy]>([
    ['duplicate ids', { ...DEFAULT_ESCALATION_POLICY, steps: [DEFAULT_ESCALATION_POLICY.steps[0]!, DEFAULT_ESCALATION_POLICY.steps[0]!] }],
    ['fractional days', { ...DEFAULT_ESCALATION_POLICY, steps: [{ id: 'x', offset: { kind: 'workingDays', days: 1.5 }, audience: 'owner', kind: 'reminder' }] }],
    ['zero share', { ...DEFAULT_ESCALATION_POLICY, steps: [{ id: 'x', offset: { kind: 'share', share: 0 }, audience: 'owner', kind: 'reminder' }] }],
    ['bad send time', { ...DEFAULT_ESCALATION_POLICY, sendAt: { hour: 25, minute: 0 } }],
  ])('rejects %s', (_label, policy) => {
    expect(() => scheduleEscalations(policy, { assignedAt: '2024-01-01T00:00:00Z', dueAt: '2024-02-01T00:00:00Z' }, cal)).toThrow(
      expect.objectContaining({ code: DomainErrorCode.InvalidEscalationPolicy }),
    );
  });

  it('rejects a deadline before the assignment, and instants without a zone', () => {
    expect(() => scheduleEscalations(DEFAULT_ESCALATION_POLICY, { assignedAt: '2024-02-01T00:00:00Z', dueAt: '2024-01-01T00:00:00Z' }, cal)).toThrow(
      expect.objectContaining({ code: DomainErrorCode.InvalidPeriod }),
    );
    expect(() => scheduleEscalations(DEFAULT_ESCALATION_POLICY, { assignedAt: '2024-01-01T00:00', dueAt: '2024-02-01T00:00:00Z' }, cal)).toThrow(
      expect.objectContaining({ code: DomainErrorCode.InvalidDateFormat }),
    );
  });
});
