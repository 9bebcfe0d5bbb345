import { ServerError } from '../errors/server-error';
import { IndexedValueType } from '../proto/enums.generated';
import { encodePayload } from '../visibility/payload-values';
import { parseScheduleQuery, scheduleMatches, scheduleSearchAttributes } from './schedule-query';
import type { ScheduleRecord } from './schedule-record';

const custom = new Map([
  ['DondocUnit', IndexedValueType.KEYWORD],
  ['DondocPriority', IndexedValueType.INT],
]);

function schedule(scheduleId: string, paused: boolean, attrs: Record<string, unknown> = {}): ScheduleRecord {
  const indexedFields = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, encodePayload(v)]));
  return {
    scheduleId,
    schedule: { state: { paused } },
    searchAttributes: Object.keys(indexedFields).length ? { indexedFields } : undefined,
    createTime: 0,
  } as unknown as ScheduleRecord;
}

const all = [
  schedule('kh-a', true, { DondocUnit: 'A', DondocPriority: 1 }),
  schedule('kh-b', false, { DondocUnit: 'A', DondocPriority: 2 }),
  schedule('kh-c', false, { DondocUnit: 'B', DondocPriority: 3 }),
  schedule('bc-d', true),
];

const ids = (text: string) => {
  const q = parseScheduleQuery(custom, text)!;
  return all.filter((r) => scheduleMatches(q, r, custom)).map((r) => r.scheduleId);
};

function rejection(text: string): string {
  try {
    parseScheduleQuery(custom, text);
  } catch (e) {
    if (e instanceof ServerError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'accepted';
}

describe('ListSchedules queries (the List Filter parser over a schedule\'s search attributes)', () => {
  it('is absent for an empty query', () => {
    expect(parseScheduleQuery(custom, '  ')).toBeUndefined();
  });

  it('filters on TemporalSchedulePaused, custom attributes and ScheduleId, with AND, OR and parentheses', () => {
    expect(ids('TemporalSchedulePaused = true')).toEqual(['kh-a', 'bc-d']);
    expect(ids('TemporalSchedulePaused = false')).toEqual(['kh-b', 'kh-c']);
    expect(ids(`DondocUnit = 'A' AND TemporalSchedulePaused = false`)).toEqual(['kh-b']);
    expect(ids(`DondocUnit = 'B' OR (TemporalSchedulePaused = true AND DondocPriority < 5)`)).toEqual(['kh-a', 'kh-c']);
    expect(ids('DondocUnit IS NULL')).toEqual(['bc-d']);
    expect(ids(`ScheduleId = 'kh-c'`)).toEqual(['kh-c']);
    expect(ids(`ScheduleId STARTS_WITH 'kh-'`)).toEqual(['kh-a', 'kh-b', 'kh-c']);
    expect(ids(`ScheduleId IN ('kh-a', 'bc-d') AND ScheduleId != 'bc-d'`)).toEqual(['kh-a']);
  });

  it('reads ScheduleId from a custom attribute of that name when the namespace defines one', () => {
    const withCustomId = new Map([...custom, ['ScheduleId', IndexedValueType.KEYWORD]]);
    const rec = schedule('kh-a', false, { ScheduleId: 'ma-rieng' });
    expect(scheduleSearchAttributes(rec, withCustomId).ScheduleId).toBe('ma-rieng');
    expect(scheduleMatches(parseScheduleQuery(withCustomId, `ScheduleId = 'kh-a'`)!, rec, withCustomId)).toBe(false);
  });

  it('answers INVALID_ARGUMENT for other system attributes, ORDER BY / GROUP BY, unknown names, bad values and syntax', () => {
    expect(rejection(`WorkflowId = 'x'`)).toBe('3: invalid query filter for schedules: cannot filter on "WorkflowId"');
    expect(rejection(`ExecutionStatus = 'Running'`)).toBe('3: invalid query filter for schedules: cannot filter on "ExecutionStatus"');
    expect(rejection(`TemporalNamespaceDivision = 'TemporalScheduler'`)).toBe(
      '3: invalid query filter for schedules: cannot filter on "TemporalNamespaceDivision"',
    );
    expect(rejection(`TemporalScheduledById = 'x'`)).toBe('3: invalid query filter for schedules: cannot filter on "TemporalScheduledById"');
    expect(rejection('TemporalSchedulePaused = true ORDER BY ScheduleId')).toBe('3: invalid query filter for schedules: ORDER BY is not supported');
    expect(rejection('GROUP BY ExecutionStatus')).toBe('3: invalid query filter for schedules: GROUP BY is not supported');
    expect(rejection('DondocMissing = 1')).toMatch(/^3: invalid query: unknown search attribute DondocMissing/);
    expect(rejection(`TemporalSchedulePaused = 'yes'`)).toMatch(/^3: invalid query: /);
    expect(rejection('TemporalSchedulePaused =')).toMatch(/^3: invalid query: expected a value/);
  });
});
