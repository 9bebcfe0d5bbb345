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
    expect(await m.poll('ns', 'workflow', 'q', info(), new AbortController().signal)).toMatchObject({ ref: '1' });
    expect(await m.poll('ns', 'workflow', 'q', info(), new AbortController().signal)).toMatchObject({ ref: '2' });
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
    expect(await p2).toMatchObject({ ref: '3' });
    m.stop();
  });

  it('drops stale tasks without consuming the poller', async () => {
    const m = make();
    stale.add('old');
    const p = m.poll('ns', 'workflow', 'q', info(), new AbortController().signal);
    m.add(task('old'));
    m.add(task('new'));
    expect(await p).toMatchObject({ ref: 'new' });
    m.stop();
  });

  it('answers the polls of a shutting-down worker only', async () => {
    const m = make();
    const mine = m.poll('ns', 'workflow', 'q', info('w1'), new AbortController().signal);
    const other = m.poll('ns', 'workflow', 'q', info('w2'), new AbortController().signal);
    m.completePollsOf('w1');
    expect(await mine).toBeNull();
    m.add(task('4'));
    expect(await other).toMatchObject({ ref: '4' });
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

  describe('poller scaling hints (what autoscaling pollers of sdk-core act on)', () => {
    beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-21T08:00:00Z') }));
    afterEach(() => jest.useRealTimers());
    const decision = (res: object | null) => (res as { pollerScalingDecision?: { pollRequestDeltaSuggestion: number } } | null)?.pollerScalingDecision?.pollRequestDeltaSuggestion;

    it('suggests one more poller when the answered task waited over 200 ms in the backlog', async () => {
      const m = make();
      m.add(task('late'));
      jest.advanceTimersByTime(300);
      expect(decision(await m.poll('ns', 'workflow', 'q', info(), new AbortController().signal))).toBe(1);
      m.stop();
    });

    it('suggests one poller fewer when the poll waited a second or more for its task', async () => {
      const m = make();
      const p = m.poll('ns', 'workflow', 'q', info(), new AbortController().signal);
      jest.advanceTimersByTime(1_500);
      m.add(task('t'));
      expect(decision(await p)).toBe(-1);
      m.stop();
    });

    it('says nothing when a waiting poll gets a task promptly and tasks are not piling up', async () => {
      const m = make();
      for (let i = 0; i < 5; i++) {
        const p = m.poll('ns', 'workflow', 'q', info(), new AbortController().signal);
        jest.advanceTimersByTime(20);
        m.add(task(`t${i}`));
        expect(decision(await p)).toBeUndefined();
      }
      m.stop();
    });

    it('rate-limits scale-up hints to 10 per second per recent poller identity', async () => {
      const m = make();
      for (let i = 0; i < 30; i++) m.add(task(`b${i}`));
      jest.advanceTimersByTime(300);
      const hints: Array<number | undefined> = [];
      for (let i = 0; i < 30; i++) hints.push(decision(await m.poll('ns', 'workflow', 'q', info(), new AbortController().signal)));
      expect(hints.filter((h) => h === 1)).toHaveLength(10);
      jest.advanceTimersByTime(1_000);
      m.add(task('again'));
      jest.advanceTimersByTime(300);
      expect(decision(await m.poll('ns', 'workflow', 'q', info(), new AbortController().signal))).toBe(1);
      m.stop();
    });
  });
});
