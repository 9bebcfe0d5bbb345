import { invalidArgument } from '../errors/server-error';
import { HistoryEventFilterType } from '../proto/enums.generated';
import { waitFor, type Engine } from './engine';
import type { HistoryEvent, Obj } from './events';
import type { RunState } from './run-state';

/** History long polls answer empty (with a token) after this long; the client loops. */
export const HISTORY_LONG_POLL_MS = 20_000;
const DEFAULT_PAGE = 1000;

interface PageToken {
  r: string;
  /** next event id to serve */
  f: number;
  /** last event id of this read (pinned so later events never leak into a task's pages); 0 = open end */
  t: number;
}

const encode = (p: PageToken) => Buffer.from(JSON.stringify(p));
function decode(raw: unknown): PageToken | undefined {
  if (!(raw instanceof Uint8Array) || raw.length === 0) return undefined;
  try {
    const p = JSON.parse(Buffer.from(raw).toString()) as PageToken;
    if (typeof p.r === 'string' && typeof p.f === 'number' && typeof p.t === 'number') return p;
  } catch {
    /* fall through */
  }
  throw invalidArgument('invalid next page token');
}

/** Stored events plus the transient tail of a started task. */
function eventsUpTo(run: RunState, to: number): (id: number) => HistoryEvent | undefined {
  const tail = run.wft.state === 'started' ? run.wft.transientEvents : [];
  return (id) => (id <= run.history.length ? run.history[id - 1] : tail.find((e) => e.eventId === id && id <= to));
}

/** Events [from, to] capped at `pageSize`, plus a token for the rest. */
export function pageOfHistory(run: RunState, from: number, to: number, pageSize: number): { events: HistoryEvent[]; nextPageToken?: Buffer } {
  const get = eventsUpTo(run, to);
  const end = Math.min(to, from + pageSize - 1);
  const events: HistoryEvent[] = [];
  for (let id = from; id <= end; id++) {
    const ev = get(id);
    if (ev) events.push(ev);
  }
  return { events, nextPageToken: end < to ? encode({ r: run.runId, f: end + 1, t: to }) : undefined };
}

/** The last event id a reader may see now: the current started task's id while one is in flight. */
function visibleEnd(run: RunState): number {
  if (run.state === 'running' && run.wft.state === 'started') return run.wft.startedEventId;
  return run.history.length;
}

/**
 * GetWorkflowExecutionHistory: plain paging (worker and fetchHistory), and the long poll `result()` uses
 * (waitNewEvent + CLOSE_EVENT: blocks ≤ 20 s, then empty events + token).
 */
export async function getHistory(e: Engine, namespace: string, req: Obj, signal: AbortSignal): Promise<Obj> {
  const token = decode(req.nextPageToken);
  const run = token ? e.run(token.r) : e.resolve(namespace, req.execution as Obj);
  const pageSize = Number(req.maximumPageSize ?? 0) || DEFAULT_PAGE;
  const closeOnly = Number(req.historyEventFilterType ?? 0) === HistoryEventFilterType.CLOSE_EVENT;
  if (closeOnly) {
    if (run.state === 'running' && req.waitNewEvent) await waitFor(e.historyWaiters, `close:${run.runId}`, HISTORY_LONG_POLL_MS, signal);
    if (run.state === 'running') return { history: { events: [] }, nextPageToken: encode({ r: run.runId, f: 0, t: 0 }) };
    return { history: { events: [run.history[run.history.length - 1]] } };
  }
  const from = token?.f ?? 1;
  if (req.waitNewEvent && run.state === 'running' && visibleEnd(run) < from) {
    await waitFor(e.historyWaiters, run.runId, HISTORY_LONG_POLL_MS, signal);
    if (visibleEnd(run) < from) return { history: { events: [] }, nextPageToken: encode({ r: run.runId, f: from, t: 0 }) };
  }
  const to = token?.t || visibleEnd(run);
  const page = pageOfHistory(run, from, to, pageSize);
  // Open runs read without a pinned end get a token to continue from (long-poll readers).
  const next = page.nextPageToken ?? (req.waitNewEvent && run.state === 'running' ? encode({ r: run.runId, f: to + 1, t: 0 }) : undefined);
  return { history: { events: page.events }, nextPageToken: next };
}
