import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** `EVENT_TYPE_WORKFLOW_EXECUTION_STARTED` → `WorkflowExecutionStarted`. */
export function eventTypeName(event: HistoryEvent): string {
  const raw = event.eventType;
  const name = typeof raw === 'number' ? temporal.api.enums.v1.EventType[raw] : String(raw);
  return (name ?? `Unknown(${String(raw)})`)
    .replace(/^EVENT_TYPE_/, '')
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_m, _s: string, c: string) => c.toUpperCase());
}

/** The event ids of a history as numbers. */
export function eventIds(events: readonly HistoryEvent[]): number[] {
  return events.map((e) => Number(e.eventId));
}

/** Fetches a handle's full history and returns its events (asserting ids are 1..n without gaps). */
export async function historyEvents(handle: WorkflowHandle): Promise<HistoryEvent[]> {
  const history = await handle.fetchHistory();
  const events = history.events ?? [];
  expectContiguousIds(events);
  return events;
}

/** Event types of a handle's history, in order. */
export async function historyTypes(handle: WorkflowHandle): Promise<string[]> {
  return (await historyEvents(handle)).map(eventTypeName);
}

/** Asserts that event ids are exactly 1, 2, …, n. */
export function expectContiguousIds(events: readonly HistoryEvent[]): void {
  expect(eventIds(events)).toEqual(events.map((_e, i) => i + 1));
}

/** Asserts that `expected` occurs in `actual` in this order (other events may sit in between). */
export function expectSubsequence(actual: readonly string[], expected: readonly string[]): void {
  let i = 0;
  for (const t of actual) if (t === expected[i]) i++;
  if (i < expected.length) {
    throw new Error(
      `expected history to contain, in order, ${JSON.stringify(expected)}\nmissing ${expected[i]} in ${JSON.stringify(actual)}`,
    );
  }
}

/** Counts events of one type. */
export function countOf(types: readonly string[], type: string): number {
  return types.filter((t) => t === type).length;
}
