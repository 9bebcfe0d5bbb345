import { matchesQuery } from './match-query';
import { parseVisibilityQuery } from './parser';
import type { SearchAttributeType } from './search-attribute-type';
import type { VisibilityRecord } from './visibility-record';

const known = new Map<string, SearchAttributeType>([
  ['Unit', 'Keyword'],
  ['Title', 'Text'],
  ['Count', 'Int'],
  ['Score', 'Double'],
  ['Urgent', 'Bool'],
  ['Due', 'Datetime'],
  ['Tags', 'KeywordList'],
]);

const T0 = Date.UTC(2024, 1, 21, 0, 0, 0);
const HOUR = 3_600_000;

const running: VisibilityRecord = {
  workflowId: 'plan-35',
  runId: 'run-a',
  workflowType: 'planLifecycle',
  taskQueue: 'plans',
  executionStatus: 'Running',
  startTime: T0,
  historyLength: 7,
  parentWorkflowId: null,
  searchAttributes: {
    Unit: 'UBND xã',
    Title: 'Kế hoạch giảm nghèo bền vững năm 2024',
    Count: 3,
    Score: 2.5,
    Urgent: true,
    Due: T0 + 24 * HOUR,
    Tags: ['poverty', 'annual'],
  },
};

const closed: VisibilityRecord = {
  workflowId: 'task-7',
  runId: 'run-b',
  workflowType: 'taskReminder',
  taskQueue: 'reminders',
  executionStatus: 'Completed',
  startTime: T0 + HOUR,
  executionTime: T0 + 2 * HOUR,
  closeTime: T0 + 5 * HOUR,
  executionDuration: 3 * HOUR,
  historyLength: 20,
  parentWorkflowId: 'plan-35',
  rootWorkflowId: 'plan-35',
  searchAttributes: { Count: 10n, Due: new Date(T0).toISOString(), Tags: 'single' },
};

const matches = (q: string, r: VisibilityRecord) => matchesQuery(parseVisibilityQuery(q, known), r);

describe('matchesQuery', () => {
  it.each<[string, boolean, boolean]>([
    // query, matches `running`, matches `closed`
    ['', true, true],
    ['ORDER BY StartTime', true, true],
    ["WorkflowId = 'plan-35'", true, false],
    ["WorkflowId != 'plan-35'", false, true],
    ["WorkflowId > 'plan'", true, true],
    ["WorkflowId < 'task'", true, false],
    ["WorkflowType IN ('taskReminder', 'x')", false, true],
    ["WorkflowType NOT IN ('taskReminder', 'x')", true, false],
    ["WorkflowId STARTS_WITH 'plan-'", true, false],
    ["WorkflowId NOT STARTS_WITH 'plan-'", false, true],
    ["RunId = 'run-b'", false, true],
    ["TaskQueue = 'plans'", true, false],
    ["ExecutionStatus = 'Running'", true, false],
    ["ExecutionStatus != 'Running'", false, true],
    ["ExecutionStatus IN ('Completed', 'Failed')", false, true],
    ['CloseTime IS NULL', true, false],
    ['CloseTime IS NOT NULL', false, true],
    [`StartTime >= '${new Date(T0 + HOUR).toISOString()}'`, false, true],
    [`StartTime < ${(T0 + HOUR) * 1e6}`, true, false],
    [`StartTime BETWEEN '${new Date(T0).toISOString()}' AND '${new Date(T0 + HOUR).toISOString()}'`, true, true],
    [
      `StartTime NOT BETWEEN '${new Date(T0).toISOString()}' AND '${new Date(T0 + 30 * 60_000).toISOString()}'`,
      false,
      true,
    ],
    [`CloseTime > '${new Date(T0).toISOString()}'`, false, true],
    // ExecutionTime defaults to StartTime when the run was not delayed.
    [`ExecutionTime = '${new Date(T0).toISOString()}'`, true, false],
    [`ExecutionTime = '${new Date(T0 + 2 * HOUR).toISOString()}'`, false, true],
    ["ExecutionDuration >= '3h'", false, true],
    ["ExecutionDuration > '3h'", false, false],
    ['ExecutionDuration < 10800000000001', false, true],
    ['HistoryLength > 10', false, true],
    ["ParentWorkflowId = 'plan-35'", false, true],
    ['ParentWorkflowId IS NULL', true, false],
    ["RootWorkflowId = 'plan-35'", false, true],
    // Keyword
    ["Unit = 'UBND xã'", true, false],
    ["Unit = 'UBND'", false, false],
    ["Unit != 'x'", true, false], // SQL semantics: absent values match nothing but IS NULL
    ['Unit IS NULL', false, true],
    ["Unit STARTS_WITH 'UBND'", true, false],
    // Text: every query token, case-insensitively, in any order
    ["Title = 'giảm nghèo'", true, false],
    ["Title = 'NGHÈO giảm'", true, false],
    ["Title = 'giảm nghèo 2025'", false, false],
    ["Title = 'giam ngheo'", false, false],
    ["Title != 'giảm nghèo'", false, false],
    ["Title != 'tái nghèo'", true, false],
    // Int (bigint values are read as numbers) / Double / Bool
    ['Count = 3', true, false],
    ['Count = 10', false, true],
    ['Count BETWEEN 3 AND 10', true, true],
    ['Count > 3', false, true],
    ['Count IN (1, 2, 3)', true, false],
    ['Score >= 2.5', true, false],
    ['Score < 2.5', false, false],
    ['Urgent = true', true, false],
    ['Urgent != true', false, false],
    ['Urgent = false', false, false],
    // Datetime values stored as ms, Date or ISO string
    [`Due > '${new Date(T0).toISOString()}'`, true, false],
    [`Due = '${new Date(T0).toISOString()}'`, false, true],
    // KeywordList: = contains, != does not contain, IN contains any
    ["Tags = 'poverty'", true, false],
    ["Tags = 'single'", false, true],
    ["Tags != 'poverty'", false, true],
    ["Tags IN ('x', 'annual')", true, false],
    ["Tags NOT IN ('x', 'annual')", false, true],
    ["Tags STARTS_WITH 'pov'", true, false],
    ['Tags IS NULL', false, false],
    // Boolean structure
    ["WorkflowId = 'plan-35' AND ExecutionStatus = 'Running'", true, false],
    ["WorkflowId = 'plan-35' AND ExecutionStatus = 'Completed'", false, false],
    ["WorkflowId = 'plan-35' OR ExecutionStatus = 'Completed'", true, true],
    ["(WorkflowId = 'x' OR TaskQueue = 'reminders') AND HistoryLength = 20", false, true],
    ["WorkflowId = 'x' OR TaskQueue = 'reminders' AND HistoryLength = 7", false, false],
  ])('%s → running: %s, closed: %s', (q, expectRunning, expectClosed) => {
    expect([matches(q, running), matches(q, closed)]).toEqual([expectRunning, expectClosed]);
  });
});
