// ListSchedules with a List Filter query, as Temporal supports it for schedules: TemporalSchedulePaused, the
// schedule's custom search attributes and ScheduleId, combined with AND/OR; other attributes, ORDER BY and bad
// queries answer INVALID_ARGUMENT. List entries carry only the custom search attributes (Temporal strips its own).
import { isGrpcServiceError, ScheduleOverlapPolicy, type ScheduleHandle } from '@temporalio/client';
import { status } from '@grpc/grpc-js';
import { failingWorkflow, waitForeverWorkflow } from './workflows';
import { conformanceSearchAttributes as sa } from './workflows/search-attribute-keys';
import { itStillSkipsTime, uniqueId, useConformanceEnvironment, waitFor } from './support';

jest.setTimeout(30_000);

const ctx = useConformanceEnvironment({
  kind: 'time-skipping',
  searchAttributes: { [sa.unit.name]: sa.unit.type, [sa.priority.name]: sa.priority.type },
});

let prefix: string;
const handles: ScheduleHandle[] = [];

/** Ids (without the prefix) of this file's schedules matching `filter`, in list order. */
async function ids(filter: string, pageSize?: number): Promise<string[]> {
  const found: string[] = [];
  for await (const s of ctx.client.schedule.list({ query: `ScheduleId STARTS_WITH '${prefix}-' AND (${filter})`, pageSize })) {
    found.push(s.scheduleId.slice(prefix.length + 1));
  }
  return found;
}

async function listError(query: string): Promise<{ code?: number; details?: string }> {
  const err = await ctx.client.workflowService.listSchedules({ namespace: 'default', query }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return isGrpcServiceError(err) ? { code: err.code, details: err.details } : { details: String(err) };
}

beforeAll(async () => {
  prefix = uniqueId('query');
  const make = async (id: string, paused: boolean, unit?: string, priority?: number) => {
    const typedSearchAttributes = [
      ...(unit ? [{ key: sa.unit, value: unit }] : []),
      ...(priority ? [{ key: sa.priority, value: priority }] : []),
    ];
    handles.push(
      await ctx.client.schedule.create({
        scheduleId: `${prefix}-${id}`,
        // Far in the future: nothing fires during the test.
        spec: { calendars: [{ hour: 8, year: 2100 }] },
        action: { type: 'startWorkflow', workflowType: waitForeverWorkflow, taskQueue: ctx.taskQueue, workflowId: `${prefix}-${id}-wf` },
        typedSearchAttributes,
        state: { paused },
      }),
    );
  };
  await make('a', true, 'Phòng A', 1);
  await make('b', false, 'Phòng A', 2);
  await make('c', false, 'Phòng B', 3);
  await make('d', true);
});

afterAll(async () => {
  for (const h of handles) await h.delete().catch(() => undefined);
});

describe('schedules: ListSchedules with a query', () => {
  it('filters on TemporalSchedulePaused, custom search attributes and ScheduleId, with AND/OR', async () => {
    expect(await ids('TemporalSchedulePaused = true')).toEqual(['a', 'd']);
    expect(await ids('TemporalSchedulePaused = false')).toEqual(['b', 'c']);
    expect(await ids(`DondocUnit = 'Phòng A' AND TemporalSchedulePaused = false`)).toEqual(['b']);
    expect(await ids(`DondocUnit = 'Phòng B' OR TemporalSchedulePaused = true`)).toEqual(['a', 'c', 'd']);
    expect(await ids('DondocPriority >= 2')).toEqual(['b', 'c']);
    expect(await ids('DondocUnit IS NULL')).toEqual(['d']);
    expect(await ids(`ScheduleId = '${prefix}-c'`)).toEqual(['c']);
    expect(await ids(`ScheduleId IN ('${prefix}-a', '${prefix}-b') AND ScheduleId != '${prefix}-a'`)).toEqual(['b']);
    // Paging applies to the filtered list.
    expect(await ids('TemporalSchedulePaused = false OR DondocPriority = 1', 1)).toEqual(['a', 'b', 'c']);
  });

  it('follows pause/unpause and search attribute updates', async () => {
    const [a, b, c] = handles;
    await b!.pause('tạm dừng');
    await a!.unpause('tiếp tục');
    await c!.update((prev) => ({ ...prev, searchAttributes: undefined, typedSearchAttributes: [{ key: sa.unit, value: 'Phòng A' }] }));
    expect(await ids('TemporalSchedulePaused = true')).toEqual(['b', 'd']);
    expect(await ids(`DondocUnit = 'Phòng A'`)).toEqual(['a', 'b', 'c']);
    expect(await ids('DondocPriority = 3')).toEqual([]);
    await b!.unpause();
    await a!.pause();
  });

  it('lists only the custom search attributes on an entry, the paused state in its info', async () => {
    const res = await ctx.client.workflowService.listSchedules({ namespace: 'default', query: `ScheduleId = '${prefix}-a'` });
    const entry = res.schedules?.[0];
    expect(Object.keys(entry?.searchAttributes?.indexedFields ?? {}).sort()).toEqual(['DondocPriority', 'DondocUnit']);
    expect(entry?.info?.paused).toBe(true);
    const summaries = [];
    for await (const s of ctx.client.schedule.list({ query: `ScheduleId = '${prefix}-a'` })) summaries.push(s);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.typedSearchAttributes?.get(sa.unit)).toBe('Phòng A');
    expect(summaries[0]?.state.paused).toBe(true);
  });

  it('finds a schedule that paused itself after a failed run (pauseOnFailure)', async () => {
    const handle = await ctx.client.schedule.create({
      scheduleId: `${prefix}-e`,
      spec: { calendars: [{ hour: 8, year: 2100 }] },
      action: { type: 'startWorkflow', workflowType: failingWorkflow, args: ['hỏng'], taskQueue: ctx.taskQueue, workflowId: `${prefix}-e-wf` },
      policies: { pauseOnFailure: true },
    });
    handles.push(handle);
    expect(await ids('TemporalSchedulePaused = false')).toEqual(['b', 'c', 'e']);
    await handle.trigger(ScheduleOverlapPolicy.SKIP);
    await waitFor(async () => (await handle.describe()).state.paused, { description: 'the schedule to pause itself' });
    expect(await ids('TemporalSchedulePaused = true')).toEqual(['a', 'd', 'e']);
  });

  it('answers INVALID_ARGUMENT with a clear message for what a schedule query cannot do', async () => {
    const cannot = (name: string) => ({ code: status.INVALID_ARGUMENT, details: `invalid query filter for schedules: cannot filter on "${name}"` });
    expect(await listError(`WorkflowId = 'x'`)).toEqual(cannot('WorkflowId'));
    expect(await listError(`ExecutionStatus = 'Running'`)).toEqual(cannot('ExecutionStatus'));
    expect(await listError(`TemporalNamespaceDivision = 'TemporalScheduler'`)).toEqual(cannot('TemporalNamespaceDivision'));
    expect(await listError('TemporalSchedulePaused = true ORDER BY ScheduleId')).toEqual({
      code: status.INVALID_ARGUMENT,
      details: 'invalid query filter for schedules: ORDER BY is not supported',
    });
    expect(await listError('DondocMissing = 1')).toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringContaining('unknown search attribute DondocMissing') });
    expect(await listError(`TemporalSchedulePaused = 'yes'`)).toMatchObject({ code: status.INVALID_ARGUMENT });
    expect(await listError('TemporalSchedulePaused =')).toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringContaining('expected a value') });
  });

  itStillSkipsTime(ctx);
});
