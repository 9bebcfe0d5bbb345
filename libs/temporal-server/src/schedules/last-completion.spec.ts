import { EventType } from '../proto/enums.generated';
import { makeEvent, type Obj } from '../engine/events';
import type { RunState } from '../engine/run-state';
import { recordOutcome } from './last-completion';
import type { ScheduleRecord } from './schedule-record';

const payloads = (s: string): Obj => ({ payloads: [{ metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(s)) }] });
const failure = (message: string): Obj => ({ message, applicationFailureInfo: { type: 'X' } });

function closed(state: RunState['state'], eventType: number, attrs: Obj): RunState {
  return { state, history: [makeEvent(1, 0, EventType.WORKFLOW_EXECUTION_STARTED, {}), makeEvent(2, 0, eventType, attrs)] } as unknown as RunState;
}

describe('last completion result / continued failure of a schedule (Temporal scheduler rules)', () => {
  it('keeps the last success across failures and clears the failure on the next success', () => {
    const rec = {} as ScheduleRecord;
    recordOutcome(rec, closed('completed', EventType.WORKFLOW_EXECUTION_COMPLETED, { result: payloads('r1') }));
    expect(rec).toEqual({ lastCompletionResult: payloads('r1') });
    recordOutcome(rec, closed('failed', EventType.WORKFLOW_EXECUTION_FAILED, { failure: failure('boom') }));
    expect(rec).toEqual({ lastCompletionResult: payloads('r1'), continuedFailure: failure('boom') });
    recordOutcome(rec, closed('completed', EventType.WORKFLOW_EXECUTION_COMPLETED, { result: payloads('r2') }));
    expect(rec).toEqual({ lastCompletionResult: payloads('r2') });
  });

  it('ignores cancel, terminate and timeout, and a completion without result', () => {
    const rec = { lastCompletionResult: payloads('r1'), continuedFailure: failure('boom') } as unknown as ScheduleRecord;
    const before = structuredClone(rec);
    recordOutcome(rec, closed('canceled', EventType.WORKFLOW_EXECUTION_CANCELED, {}));
    recordOutcome(rec, closed('terminated', EventType.WORKFLOW_EXECUTION_TERMINATED, { reason: 'x' }));
    recordOutcome(rec, closed('timedOut', EventType.WORKFLOW_EXECUTION_TIMED_OUT, {}));
    recordOutcome(rec, closed('completed', EventType.WORKFLOW_EXECUTION_COMPLETED, {}));
    expect(rec).toEqual(before);
  });
});
