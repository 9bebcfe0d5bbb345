import { EventType } from '../proto/enums.generated';
import { durMs } from '../util/time';
import type { Engine } from './engine';
import type { Obj } from './events';
import type { RunState } from './run-state';
import { timerMachine } from './timer.machine';
import type { UnitOfWork } from './unit-of-work';

const key = (run: RunState, id: string) => `timer:${run.runId}:${id}`;

/** StartTimer command → TimerStarted; fires on the virtual clock → TimerFired (buffered) + workflow task. */
export function startTimer(e: Engine, uow: UnitOfWork, run: RunState, attrs: Obj, wftCompletedId: number): boolean {
  const timerId = String(attrs.timerId ?? '');
  const existing = run.timers.get(timerId);
  if (!timerId || existing?.state === 'started') return false;
  const ms = durMs(attrs.startToFireTimeout as Obj);
  const ev = uow.append(run, EventType.TIMER_STARTED, { timerId, startToFireTimeout: attrs.startToFireTimeout, workflowTaskCompletedEventId: wftCompletedId });
  run.timers.set(timerId, { state: 'started', startedEventId: ev.eventId });
  const runId = run.runId;
  uow.setTimer(key(run, timerId), uow.now + Math.max(ms, 0), () => e.tx((u) => fireTimer(e, u, runId, timerId)));
  return true;
}

/** Timer firing: started → fired, TimerFired emitted. */
export function fireTimer(e: Engine, uow: UnitOfWork, runId: string, timerId: string): void {
  const run = e.store.getRun(runId);
  const t = run?.timers.get(timerId);
  if (!run || run.state !== 'running' || !t || t.state !== 'started') return;
  t.state = timerMachine.next(t.state, 'fire');
  e.emit(uow, run, { eventType: EventType.TIMER_FIRED, attrs: { timerId, startedEventId: t.startedEventId }, completion: false });
}

/** CancelTimer command → TimerCanceled. */
export function cancelTimer(e: Engine, uow: UnitOfWork, run: RunState, attrs: Obj, wftCompletedId: number, identity: string): boolean {
  const timerId = String(attrs.timerId ?? '');
  const t = run.timers.get(timerId);
  if (!t || t.state === 'canceled') return false;
  const buffered = run.buffered.some((b) => b.eventType === EventType.TIMER_FIRED && b.attrs.timerId === timerId);
  if (t.state === 'fired' && !buffered) return false;
  t.state = timerMachine.next(t.state, 'cancel');
  run.timers.delete(timerId);
  uow.clearTimer(key(run, timerId));
  // A fired-but-buffered TimerFired must not be written after the cancel.
  run.buffered = run.buffered.filter((b) => !(b.eventType === EventType.TIMER_FIRED && (b.attrs.timerId as string) === timerId));
  uow.append(run, EventType.TIMER_CANCELED, { timerId, startedEventId: t.startedEventId, workflowTaskCompletedEventId: wftCompletedId, identity });
  return true;
}
