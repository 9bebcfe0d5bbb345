import type { DispatchTask } from '../engine/unit-of-work';
import { DecisionLimiter, pollerScalingDelta, RateWindow } from './poller-scaling';

/** Who is polling. */
export interface PollInfo {
  readonly identity: string;
  readonly workerInstanceKey: string;
  /** True when polling a sticky queue. */
  readonly sticky: boolean;
}

/** Turns a matched task into a poll answer, or null if the task went stale (dropped). */
export type TaskStarter = (task: DispatchTask, poll: PollInfo) => object | null;

interface Poller {
  readonly info: PollInfo;
  readonly signal: AbortSignal;
  /** When the poll arrived. */
  readonly since: number;
  resolve(res: object | null): void;
}

interface Queue {
  /** Pending tasks with the time each was added. */
  tasks: Map<number, { task: DispatchTask; at: number }>;
  pollers: Map<number, Poller>;
  lastPollTime: number;
  added: RateWindow;
  dispatched: RateWindow;
  limiter: DecisionLimiter;
  /** Poller identities seen lately, with when (a worker's pollers share one identity). */
  identities: Map<string, number>;
}

/** How long a poller identity counts as recent for the decision rate limit. */
const RECENT_POLLER_MS = 60_000;

/**
 * Task queues: pending tasks and waiting pollers, both FIFO (Maps keep insertion order; deletes are O(1)).
 * A task is offered to the oldest live poller; cancelled polls never receive a task.
 */
export class Matching {
  private readonly queues = new Map<string, Queue>();
  private seq = 0;
  private stopped = false;

  private readonly starter: TaskStarter;

  constructor(
    starter: TaskStarter,
    /** Matching long polls answer empty after this long (the worker's deadline is 70 s). */
    private readonly pollTimeoutMs = 55_000,
    onError: (err: unknown) => void = () => undefined,
  ) {
    // A task that fails to start is dropped (its timeouts recover it) instead of failing an unrelated RPC.
    this.starter = (task, poll) => {
      try {
        return starter(task, poll);
      } catch (err) {
        onError(err);
        return null;
      }
    };
  }

  private queue(namespace: string, type: string, name: string): Queue {
    const key = `${namespace}\0${type}\0${name}`;
    let q = this.queues.get(key);
    if (!q) {
      q = { tasks: new Map(), pollers: new Map(), lastPollTime: 0, added: new RateWindow(), dispatched: new RateWindow(), limiter: new DecisionLimiter(), identities: new Map() };
      this.queues.set(key, q);
    }
    return q;
  }

  /**
   * Attaches Temporal's poller scaling hint to a poll answer (see poller-scaling.ts). `backlogAt`: when the answered
   * task was added, if it waited in the backlog (then it was the oldest there).
   */
  private hint(q: Queue, res: object, now: number, pollWaitMs: number, backlogAt?: number): object {
    q.dispatched.record(now);
    const oldest = backlogAt ?? q.tasks.values().next().value?.at ?? now;
    const delta = pollerScalingDelta({
      pollWaitMs,
      backlogCount: q.tasks.size + (backlogAt === undefined ? 0 : 1),
      backlogAgeMs: now - oldest,
      addRate: q.added.perSecond(now),
      dispatchRate: q.dispatched.perSecond(now),
      decisionAllowed: () => q.limiter.allow(now, this.recentPollers(q, now)),
    });
    if (delta !== undefined) (res as { pollerScalingDecision?: object }).pollerScalingDecision = { pollRequestDeltaSuggestion: delta };
    return res;
  }

  private recentPollers(q: Queue, now: number): number {
    if (q.identities.size > 64) for (const [id, at] of q.identities) if (now - at > RECENT_POLLER_MS) q.identities.delete(id);
    return q.identities.size;
  }

  /** Enqueue a task, or hand it straight to a waiting poller. */
  add(task: DispatchTask): void {
    const q = this.queue(task.namespace, task.queueType, task.queue);
    const now = Date.now();
    q.added.record(now);
    for (const [id, p] of q.pollers) {
      if (p.signal.aborted) {
        q.pollers.delete(id);
        continue;
      }
      const res = this.starter(task, p.info);
      if (res === null) return; // stale task: drop it, keep the poller
      p.resolve(this.hint(q, res, now, now - p.since));
      return;
    }
    q.tasks.set(++this.seq, { task, at: now });
  }

  /** Long poll: resolves with a started task's answer, or null on timeout / cancel / shutdown of this worker. */
  poll(namespace: string, type: 'workflow' | 'activity', name: string, info: PollInfo, signal: AbortSignal): Promise<object | null> {
    const q = this.queue(namespace, type, name);
    const now = Date.now();
    q.lastPollTime = now;
    q.identities.set(info.identity, now);
    for (const [id, { task, at }] of q.tasks) {
      q.tasks.delete(id);
      const res = this.starter(task, info);
      if (res !== null) return Promise.resolve(this.hint(q, res, now, 0, at));
    }
    if (this.stopped || signal.aborted) return Promise.resolve(null);
    return new Promise((resolve) => {
      const id = ++this.seq;
      const done = (res: object | null) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        q.pollers.delete(id);
        resolve(res);
      };
      const onAbort = () => done(null);
      const timer = setTimeout(() => done(null), this.pollTimeoutMs);
      timer.unref?.();
      signal.addEventListener('abort', onAbort);
      q.pollers.set(id, { info, signal, since: now, resolve: done });
    });
  }

  /** Answers every open poll of one worker (ShutdownWorker with workerPollCompleteOnShutdown). */
  completePollsOf(workerInstanceKey: string): void {
    if (!workerInstanceKey) return;
    for (const q of this.queues.values()) {
      for (const p of [...q.pollers.values()]) if (p.info.workerInstanceKey === workerInstanceKey) p.resolve(null);
    }
  }

  /** Removes and returns every pending task of a queue (re-routing a dead sticky queue). */
  drain(namespace: string, type: 'workflow' | 'activity', name: string): DispatchTask[] {
    const q = this.queues.get(`${namespace}\0${type}\0${name}`);
    if (!q) return [];
    const out = [...q.tasks.values()].map((t) => t.task);
    q.tasks.clear();
    return out;
  }

  /** True if the queue has had a poller recently or has one waiting. */
  hasRecentPoller(namespace: string, type: string, name: string, withinMs: number): boolean {
    const q = this.queues.get(`${namespace}\0${type}\0${name}`);
    return !!q && (q.pollers.size > 0 || Date.now() - q.lastPollTime < withinMs);
  }

  /** Answers all polls empty and refuses new waits. */
  stop(): void {
    this.stopped = true;
    for (const q of this.queues.values()) for (const p of [...q.pollers.values()]) p.resolve(null);
  }
}
