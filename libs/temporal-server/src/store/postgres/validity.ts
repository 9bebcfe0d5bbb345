import type { RunState } from '../../engine/run-state';
import type { StoredTask } from '../execution-store';

/** The engine's timers that are persisted (query timers and timers of other parts, e.g. schedules, live in process only). */
const PERSISTED_KINDS = new Set(['timer', 'run-timeout', 'exec-timeout', 'start-backoff', 'wft-stc', 'wft-sticky', 'act-s2c', 'act-s2s', 'act-stc', 'act-hb', 'act-retry']);

/** Timer keys are `<kind>:<runId>[:<sub>]`; undefined for keys that are not persisted. */
export function parseTimerKey(key: string): { kind: string; runId: string; sub: string } | undefined {
  const i = key.indexOf(':');
  if (i < 0) return undefined;
  const kind = key.slice(0, i);
  if (!PERSISTED_KINDS.has(kind)) return undefined;
  const rest = key.slice(i + 1);
  // run ids never contain ':'; timer ids may.
  const j = rest.indexOf(':');
  return j < 0 ? { kind, runId: rest, sub: '' } : { kind, runId: rest.slice(0, j), sub: rest.slice(j + 1) };
}

/** Whether a persisted timer still has something to do given the run's state (stale rows are deleted). */
export function timerStillArmed(run: RunState | undefined, key: string): boolean {
  const k = parseTimerKey(key);
  if (!k || !run || run.runId !== k.runId || run.state !== 'running') return false;
  switch (k.kind) {
    case 'timer':
      return run.timers.get(k.sub)?.state === 'started';
    case 'run-timeout':
    case 'exec-timeout':
      return true;
    case 'start-backoff':
      return run.awaitingBackoff;
    case 'wft-stc':
      return run.wft.state === 'started';
    case 'wft-sticky':
      return run.wft.state === 'scheduled' && run.wft.sticky;
    default: {
      const a = run.activities.get(Number(k.sub));
      if (!a) return false;
      if (k.kind === 'act-s2c') return a.state !== 'closed';
      if (k.kind === 'act-s2s') return a.state === 'scheduled';
      if (k.kind === 'act-stc' || k.kind === 'act-hb') return a.state === 'started';
      if (k.kind === 'act-retry') return a.state === 'backoff';
      return false;
    }
  }
}

/** Whether a persisted task is still waiting for a poller given the run's state. */
export function taskStillPending(run: RunState | undefined, t: StoredTask): boolean {
  if (!run || run.state !== 'running') return false;
  if (t.kind === 'wft') return run.wft.state === 'scheduled' && String(run.wft.token) === t.ref && run.wft.queue === t.queue;
  if (t.kind === 'activity') {
    const a = run.activities.get(Number(t.ref));
    return !!a && a.state === 'scheduled' && a.attempt === t.attempt;
  }
  return false;
}

export const taskKey = (t: { runId: string; kind: string; ref: string }): string => `${t.runId}\0${t.kind}\0${t.ref}`;
