import type { DispatchTask } from '../engine/unit-of-work';

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
  resolve(res: object | null): void;
}

interface Queue {
  tasks: Map<number, DispatchTask>;
  pollers: Map<number, Poller>;
  lastPollTime: number;
}

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
    if (!q) this.queues.set(key, (q = { tasks: new Map(), pollers: new Map(), lastPollTime: 0 }));
    return q;
  }

  /** Enqueue a task, or hand it straight to a waiting poller. */
  add(task: DispatchTask): void {
    const q = this.queue(task.namespace, task.queueType, task.queue);
    for (const [id, p] of q.pollers) {
      if (p.signal.aborted) {
        q.pollers.delete(id);
        continue;
      }
      const res = this.starter(task, p.info);
      if (res === null) return; // stale task: drop it, keep the poller
      p.resolve(res);
      return;
    }
    q.tasks.set(++this.seq, task);
  }

  /** Long poll: resolves with a started task's answer, or null on timeout / cancel / shutdown of this worker. */
  poll(namespace: string, type: 'workflow' | 'activity', name: string, info: PollInfo, signal: AbortSignal): Promise<object | null> {
    const q = this.queue(namespace, type, name);
    q.lastPollTime = Date.now();
    for (const [id, task] of q.tasks) {
      q.tasks.delete(id);
      const res = this.starter(task, info);
      if (res !== null) return Promise.resolve(res);
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
      q.pollers.set(id, { info, signal, resolve: done });
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
    const out = [...q.tasks.values()];
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
