import { pollerScalingDelta, RateWindow, type PollScalingInput } from './poller-scaling';

const quiet: PollScalingInput = { pollWaitMs: 5, backlogCount: 0, backlogAgeMs: 0, addRate: 10, dispatchRate: 10, decisionAllowed: () => true };

describe('pollerScalingDelta (Temporal matching semantics)', () => {
  it('scales down after a long wait, even when the rate limit would refuse', () => {
    expect(pollerScalingDelta({ ...quiet, pollWaitMs: 1_000, backlogCount: 3, backlogAgeMs: 900, decisionAllowed: () => false })).toBe(-1);
  });

  it('scales up on a backlog older than 200 ms, or on tasks added 1.2× faster than dispatched', () => {
    expect(pollerScalingDelta({ ...quiet, backlogCount: 1, backlogAgeMs: 201 })).toBe(1);
    expect(pollerScalingDelta({ ...quiet, backlogCount: 1, backlogAgeMs: 200 })).toBeUndefined();
    expect(pollerScalingDelta({ ...quiet, addRate: 12.1 })).toBe(1);
    expect(pollerScalingDelta({ ...quiet, addRate: 12 })).toBeUndefined();
  });

  it('gives no scale-up when the rate limit refuses, and nothing when all is balanced', () => {
    expect(pollerScalingDelta({ ...quiet, backlogCount: 4, backlogAgeMs: 5_000, decisionAllowed: () => false })).toBeUndefined();
    expect(pollerScalingDelta(quiet)).toBeUndefined();
  });
});

describe('RateWindow', () => {
  it('counts events per second over the last five seconds', () => {
    const w = new RateWindow();
    const t0 = 1_000_000;
    for (let i = 0; i < 50; i++) w.record(t0 + i * 10);
    expect(w.perSecond(t0 + 600)).toBe(10);
    expect(w.perSecond(t0 + 6_000)).toBe(0);
  });
});
