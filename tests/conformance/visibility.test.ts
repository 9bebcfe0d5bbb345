// Search attributes, memo and List/Count (protocol §7.7) on a dev-server style environment (createLocal with
// --search-attribute flags).
import { isGrpcServiceError } from '@temporalio/client';
import { status } from '@grpc/grpc-js';
import { messagesWorkflow, upsertWorkflow } from './workflows';
import { finishSignal } from './workflows/definitions';
import { conformanceSearchAttributes as sa } from './workflows/search-attribute-keys';
import { expectSubsequence, historyTypes, uniqueId, useConformanceEnvironment, waitFor } from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({
  kind: 'local',
  searchAttributes: Object.fromEntries(Object.values(sa).map((k) => [k.name, k.type])),
});

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 1, 21);

interface Seed {
  readonly id: string;
  readonly unit: string;
  readonly title: string;
  readonly priority: number;
  readonly score: number;
  readonly urgent: boolean;
  readonly due: Date;
  readonly tags: string[];
}

let unit: string;
let seeds: Seed[];

/**
 * Workflow ids (without the unique prefix) matching `filter` within this file's data: in list order when
 * `orderBy` is given (`''` = the default order), else sorted.
 */
async function ids(filter: string, orderBy?: string): Promise<string[]> {
  const found: string[] = [];
  const query = `DondocUnit = '${unit}' AND (${filter})${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
  for await (const info of ctx.client.workflow.list({ query })) {
    found.push(info.workflowId.slice(unit.length + 1));
  }
  return orderBy === undefined ? found.sort() : found;
}

async function idsEventually(filter: string, expected: string[], orderBy?: string): Promise<void> {
  await waitFor(async () => JSON.stringify(await ids(filter, orderBy)) === JSON.stringify(expected), {
    description: `list "${filter}" to return ${JSON.stringify(expected)}`,
    timeoutMs: 5_000,
  }).catch(async (e: Error) => {
    // Show the actual answer rather than only the timeout.
    expect(await ids(filter, orderBy)).toEqual(expected);
    throw e;
  });
}

beforeAll(async () => {
  unit = uniqueId('unit');
  seeds = [
    {
      id: 'a',
      unit,
      title: 'Kế hoạch giảm nghèo bền vững năm 2024',
      priority: 1,
      score: 0.5,
      urgent: true,
      due: new Date(T0),
      tags: ['poverty', 'annual'],
    },
    {
      id: 'b',
      unit,
      title: 'Báo cáo sáu tháng',
      priority: 5,
      score: 2.5,
      urgent: false,
      due: new Date(T0 + 10 * DAY),
      tags: ['report'],
    },
    {
      id: 'c',
      unit,
      title: 'Kế hoạch chuyển đổi số',
      priority: 10,
      score: 9.75,
      urgent: false,
      due: new Date(T0 + 20 * DAY),
      tags: ['digital', 'annual'],
    },
  ];
  for (const s of seeds) {
    await ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: `${unit}-${s.id}`,
      memo: { seed: s.id },
      typedSearchAttributes: [
        { key: sa.unit, value: s.unit },
        { key: sa.title, value: s.title },
        { key: sa.priority, value: s.priority },
        { key: sa.score, value: s.score },
        { key: sa.urgent, value: s.urgent },
        { key: sa.due, value: s.due },
        { key: sa.tags, value: s.tags },
      ],
    });
  }
  // Close 'c' so that status filters have something to separate.
  const c = ctx.client.workflow.getHandle(`${unit}-c`);
  await c.signal(finishSignal);
  await c.result();
}, 60_000);

describe('list and count', () => {
  it.each([
    ['DondocUnit IS NOT NULL', ['a', 'b', 'c']],
    ["WorkflowType = 'messagesWorkflow'", ['a', 'b', 'c']],
    ["ExecutionStatus = 'Running'", ['a', 'b']],
    ["ExecutionStatus = 'Completed'", ['c']],
    ["ExecutionStatus != 'Running'", ['c']],
    ['CloseTime IS NULL', ['a', 'b']],
    ['DondocPriority > 1', ['b', 'c']],
    ['DondocPriority BETWEEN 2 AND 10', ['b', 'c']],
    ['DondocPriority IN (1, 10)', ['a', 'c']],
    ['DondocScore < 3', ['a', 'b']],
    ['DondocUrgent = true', ['a']],
    [`DondocDue >= '${new Date(T0 + 5 * DAY).toISOString()}'`, ['b', 'c']],
    ["DondocTags = 'annual'", ['a', 'c']],
    ["DondocTags IN ('report', 'digital')", ['b', 'c']],
    ["DondocTitle = 'kế hoạch'", ['a', 'c']],
    ["DondocTitle = 'giảm nghèo'", ['a']],
    ["WorkflowId STARTS_WITH 'unit-'", ['a', 'b', 'c']],
    ["DondocPriority = 1 OR DondocTags = 'digital'", ['a', 'c']],
    ['(DondocPriority = 1 OR DondocPriority = 5) AND DondocUrgent = false', ['b']],
  ])('lists %s', async (query, expected) => {
    await idsEventually(query, expected as string[]);
  });

  it('orders by a custom attribute and by the default (CloseTime desc nulls first, StartTime desc)', async () => {
    await idsEventually('DondocPriority > 0', ['c', 'b', 'a'], 'DondocPriority DESC');
    await idsEventually('DondocPriority > 0', ['a', 'b', 'c'], 'DondocScore');
    await idsEventually('DondocPriority > 0', ['c', 'b', 'a'], 'DondocUrgent, DondocDue DESC');
    // Default order: the running runs (no close time) first, newest start first, then the closed one.
    await idsEventually('DondocPriority > 0', ['b', 'a', 'c'], '');
  });

  it('returns search attributes and memo in list results and describe()', async () => {
    const [info] = await (async () => {
      const out = [];
      for await (const i of ctx.client.workflow.list({ query: `DondocUnit = '${unit}' AND DondocPriority = 5` }))
        out.push(i);
      return out;
    })();
    expect(info?.typedSearchAttributes.get(sa.priority)).toBe(5);
    expect(info?.typedSearchAttributes.get(sa.tags)).toEqual(['report']);
    expect(info?.typedSearchAttributes.get(sa.due)?.getTime()).toBe(T0 + 10 * DAY);
    expect(info?.memo).toEqual({ seed: 'b' });
    const described = await ctx.client.workflow.getHandle(`${unit}-a`).describe();
    expect(described.typedSearchAttributes.get(sa.urgent)).toBe(true);
    expect(described.typedSearchAttributes.get(sa.title)).toBe(seeds[0]!.title);
  });

  it('counts, with GROUP BY ExecutionStatus', async () => {
    await waitFor(async () => (await ctx.client.workflow.count(`DondocUnit = '${unit}'`)).count === 3, {
      description: 'count 3',
    });
    const grouped = await ctx.client.workflow.count(`DondocUnit = '${unit}' GROUP BY ExecutionStatus`);
    expect(grouped.count).toBe(3);
    const byStatus = Object.fromEntries(grouped.groups.map((g) => [String(g.groupValues[0]), g.count]));
    expect(byStatus).toEqual({ Running: 2, Completed: 1 });
  });

  it('pages through list results', async () => {
    const seen: string[] = [];
    for await (const info of ctx.client.workflow.list({ query: `DondocUnit = '${unit}'`, pageSize: 1 }))
      seen.push(info.workflowId);
    expect(seen.sort()).toEqual(['a', 'b', 'c'].map((x) => `${unit}-${x}`));
  });

  it.each([["NoSuchAttribute = 'x'"], ["WorkflowId = 'unterminated"], ['DondocPriority = ']])(
    'rejects the invalid query %s with INVALID_ARGUMENT',
    async (query) => {
      const error = await ctx.client.workflowService
        .listWorkflowExecutions({ namespace: ctx.env.namespace ?? 'default', query })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(isGrpcServiceError(error) && error.code).toBe(status.INVALID_ARGUMENT);
    },
  );
});

describe('upserts', () => {
  it('upserts search attributes and memo from the workflow; list and describe see them', async () => {
    const handle = await ctx.client.workflow.start(upsertWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: `${unit}-upsert`,
      args: [42],
      typedSearchAttributes: [{ key: sa.unit, value: unit }],
    });
    await idsEventually('DondocPriority = 42', ['upsert']);
    await idsEventually("DondocTags = 'p42'", ['upsert']);
    const described = await handle.describe();
    expect(described.typedSearchAttributes.get(sa.priority)).toBe(42);
    expect(described.memo).toEqual({ note: 'priority 42' });
    await handle.signal(finishSignal);
    await expect(handle.result()).resolves.toBe(42);
    expectSubsequence(await historyTypes(handle), ['UpsertWorkflowSearchAttributes', 'WorkflowPropertiesModified']);
  });

  it('rejects a start with an unregistered search attribute', async () => {
    const start = ctx.client.workflow.start(messagesWorkflow, {
      taskQueue: ctx.taskQueue,
      workflowId: uniqueId('bad-sa'),
      typedSearchAttributes: [{ key: { name: 'DondocNotRegistered', type: 'KEYWORD' }, value: 'x' }],
    });
    await expect(start).rejects.toThrow();
  });
});
