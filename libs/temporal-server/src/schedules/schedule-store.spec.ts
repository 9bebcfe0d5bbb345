import type { ScheduleRecord } from './schedule-record';
import { MemoryScheduleStore } from './schedule-store';

describe('schedule store encoding (shared by the PostgreSQL store)', () => {
  it('keeps the last completion result bytes, the continued failure, ALLOW_ALL runs and jittered buffered times', async () => {
    const rec = {
      namespace: 'default',
      scheduleId: 'nhac-han',
      schedule: { spec: { interval: [{ interval: { seconds: 3600, nanos: 0 } }], jitter: { seconds: 600, nanos: 0 } } },
      conflictToken: 3,
      createTime: 1,
      updateTime: 2,
      actionCount: 2,
      missedCatchupWindow: 0,
      overlapSkipped: 0,
      bufferDropped: 0,
      recentActions: [{ scheduleTime: 3_600_123, actualTime: 3_600_200, workflowId: 'w', runId: 'r' }],
      running: [{ workflowId: 'w2', runId: 'r2', allowAll: true }],
      buffer: [{ nominal: 7_200_000, actual: 7_200_456, overlap: 2, manual: false }],
      processedUntil: 3_600_123,
      lastCompletionResult: { payloads: [{ metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('{"count":1}') }] },
      continuedFailure: { message: 'hỏng', applicationFailureInfo: { type: 'ScheduledFailure', nonRetryable: true } },
    } satisfies ScheduleRecord;
    const store = new MemoryScheduleStore();
    await store.save(rec);
    const [loaded] = await store.loadAll();
    expect(loaded).toEqual(rec);
    expect(Buffer.isBuffer((loaded!.lastCompletionResult!.payloads as Array<{ data: unknown }>)[0]!.data)).toBe(true);
  });
});
