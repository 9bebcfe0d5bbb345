import { EventType } from '../proto/enums.generated';
import { ts } from '../util/time';

export type Obj = Record<string, unknown>;

/** A history event as a plain protobuf object: envelope plus one `<type>EventAttributes` field. */
export interface HistoryEvent {
  eventId: number;
  eventTime: { seconds: number; nanos: number };
  eventType: number;
  taskId: number;
  [attributes: string]: unknown;
}

const camel = (s: string) => s.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** EventType number → attributes field name, e.g. 1 → `workflowExecutionStartedEventAttributes`. */
export const ATTRIBUTES_FIELD: ReadonlyMap<number, string> = new Map(
  Object.entries(EventType).map(([k, v]) => [v, `${camel(k)}EventAttributes`]),
);

let taskIdSeq = 1;

/** Builds an event envelope; ids are assigned by the caller. */
export function makeEvent(eventId: number, timeMs: number, eventType: number, attrs: Obj): HistoryEvent {
  const field = ATTRIBUTES_FIELD.get(eventType);
  if (!field) throw new Error(`unknown event type ${eventType}`);
  return { eventId, eventTime: ts(timeMs), eventType, taskId: taskIdSeq++, [field]: attrs };
}

/** The attributes object of an event. */
export function attrsOf(e: HistoryEvent): Obj {
  return (e[ATTRIBUTES_FIELD.get(e.eventType)!] as Obj | undefined) ?? {};
}

/** Close events: a run's history ends with exactly one of these. */
export const CLOSE_EVENT_TYPES: ReadonlySet<number> = new Set([
  EventType.WORKFLOW_EXECUTION_COMPLETED,
  EventType.WORKFLOW_EXECUTION_FAILED,
  EventType.WORKFLOW_EXECUTION_TIMED_OUT,
  EventType.WORKFLOW_EXECUTION_CANCELED,
  EventType.WORKFLOW_EXECUTION_TERMINATED,
  EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
]);
