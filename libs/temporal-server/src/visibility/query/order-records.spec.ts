import { compareByOrder, groupValuesOf } from './order-records';
import { parseVisibilityQuery } from './parser';
import type { SearchAttributeType } from './search-attribute-type';
import type { ExecutionStatusName, VisibilityRecord } from './visibility-record';

const known = new Map<string, SearchAttributeType>([['Priority', 'Int']]);

function record(
  runId: string,
  startTime: number,
  closeTime: number | null,
  extra: Partial<VisibilityRecord> = {},
): VisibilityRecord {
  const executionStatus: ExecutionStatusName = closeTime === null ? 'Running' : 'Completed';
  return {
    workflowId: `wf-${runId}`,
    runId,
    workflowType: 'w',
    taskQueue: 'q',
    executionStatus,
    startTime,
    closeTime,
    historyLength: 3,
    searchAttributes: {},
    ...extra,
  };
}

const records = [
  record('a', 10, 50),
  record('b', 20, null),
  record('c', 30, 40),
  record('d', 40, null),
  record('e', 5, 50, { searchAttributes: { Priority: 1 } }),
  record('f', 6, 60, { searchAttributes: { Priority: 3 } }),
];

const order = (q: string) => [...records].sort(compareByOrder(parseVisibilityQuery(q, known))).map((r) => r.runId);

describe('compareByOrder', () => {
  it.each([
    // Default: CloseTime desc with running runs first, then StartTime desc.
    ['', ['d', 'b', 'f', 'a', 'e', 'c']],
    ["WorkflowType = 'w'", ['d', 'b', 'f', 'a', 'e', 'c']],
    ['ORDER BY StartTime', ['e', 'f', 'a', 'b', 'c', 'd']],
    ['ORDER BY StartTime DESC', ['d', 'c', 'b', 'a', 'f', 'e']],
    // Nulls last ascending, first descending; ties broken by RunId ascending.
    ['ORDER BY CloseTime ASC', ['c', 'a', 'e', 'f', 'b', 'd']],
    ['ORDER BY CloseTime DESC, StartTime ASC', ['b', 'd', 'f', 'e', 'a', 'c']],
    ['ORDER BY Priority DESC', ['a', 'b', 'c', 'd', 'f', 'e']],
    ['ORDER BY ExecutionStatus, WorkflowId DESC', ['f', 'e', 'c', 'a', 'd', 'b']],
  ])('%s sorts as %j', (q, expected) => {
    expect(order(q)).toEqual(expected);
  });
});

describe('groupValuesOf', () => {
  it('returns the ExecutionStatus for GROUP BY ExecutionStatus', () => {
    const q = parseVisibilityQuery('GROUP BY ExecutionStatus', known);
    expect(records.map((r) => groupValuesOf(q, r)[0])).toEqual([
      'Completed',
      'Running',
      'Completed',
      'Running',
      'Completed',
      'Completed',
    ]);
  });

  it('returns nothing without GROUP BY', () => {
    expect(groupValuesOf(parseVisibilityQuery('', known), records[0]!)).toEqual([]);
  });
});
