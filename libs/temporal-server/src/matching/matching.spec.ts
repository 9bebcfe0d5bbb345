import type { DispatchTask } from '../engine/unit-of-work';
import { Matching, type PollInfo } from './matching';

const task = (ref: string, queue = 'q'): DispatchTask => ({ namespace: 'ns', queueType: 'workflow', queue, kind: 'wft', runId: 'r', ref, attempt: 1 });
const info = (workerInstanceKey = 'w1'): PollInfo => ({ identity: 'id', workerInstanceKey, sticky: false });

describe('Matching', () => {
  const stale = new Set<string>();
  const make = () => new Matching((t) => (stale.has(t.ref) ? null : { ref: t.ref }), 60_000);

  it('hands a queued task to the next poll, FIFO', async () => {
    const m = make();
    m.add(task('1'));
    m.add(task('2'));
    expect(await m.poll('ns', 'workflow', 'q', info(), new AbortController().signal)).toEqual({ ref: '1' });
    expect(await m.poll('ns', 'workflow', 'q', info(), new AbortController().signal)).toEqual({ ref: '2' });
    m.stop();
  });

  it('gives a new task to the oldest waiting poller and skips cancelled ones', async () => {
    const m = make();
    const cancelled = new AbortController();
    const p1 = m.poll('ns', 'workflow', 'q', info(), cancelled.signal);
    const p2 = m.poll('ns', 'workflow', 'q', info(), new AbortController().signal);
    cancelled.abort();
    m.add(task('3'));
    expect(await p1).toBeNull();
    expect(await p2).toEqual({ ref: '3' });
    m.stop();
  });

  it('drops stale tasks without consuming the poller', async () => {
    const m = make();
    stale.add('old');
    const p = m.poll('ns', 'workflow', 'q', info(), new AbortController().signal);
    m.add(task('old'));
    m.add(task('new'));
    expect(await p).toEqual({ ref: 'new' });
    m.stop();
  });

  it('answers the polls of a shutting-down worker only', async () => {
    const m = make();
    const mine = m.poll('ns', 'workflow', 'q', info('w1'), new AbortController().signal);
    const other = m.poll('ns', 'workflow', 'q', info('w2'), new AbortController().signal);
    m.completePollsOf('w1');
    expect(await mine).toBeNull();
    m.add(task('4'));
    expect(await other).toEqual({ ref: '4' });
    m.stop();
  });

  it('keeps queues apart and drains one', () => {
    const m = make();
    m.add(task('a', 'sticky'));
    m.add(task('b', 'other'));
    expect(m.drain('ns', 'workflow', 'sticky').map((t) => t.ref)).toEqual(['a']);
    expect(m.drain('ns', 'workflow', 'sticky')).toEqual([]);
    m.stop();
  });
});
