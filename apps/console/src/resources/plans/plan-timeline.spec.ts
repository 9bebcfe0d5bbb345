import type { PlanWorkflowView } from '../../types';
import { planTimeline } from './plan-timeline';

const view = (over: Partial<PlanWorkflowView['lifecycle']>, extra: Partial<PlanWorkflowView> = {}): PlanWorkflowView =>
  ({
    replies: [],
    returns: [],
    lifecycle: { status: 'draft', revision: 1, signerId: 's', ...over },
    ...extra,
  }) as PlanWorkflowView;

describe('planTimeline', () => {
  it('orders the steps by time', () => {
    const t = planTimeline(
      view(
        {
          status: 'issued',
          revision: 2,
          contentReview: { revision: 2, by: 'a', at: '2026-03-02T01:00:00Z' },
          approval: { revision: 2, by: 's', at: '2026-03-03T01:00:00Z' },
          signature: { revision: 2, by: 's', at: '2026-03-04T01:00:00Z', capacity: 'KT' },
          number: { number: 1, symbol: '01/KH-UBND', year: 2026, at: '2026-03-05T01:00:00Z' },
          issuedAt: '2026-03-06T01:00:00Z',
        },
        { returns: [{ revision: 1, by: 'a', at: '2026-03-01T01:00:00Z', reason: 'Bổ sung' }] },
      ),
    );
    expect(t.map((e) => e.key)).toEqual(['returned', 'content_review', 'approval', 'signature', 'number', 'issued']);
    expect(t[0]!.args).toEqual({ revision: 1, reason: 'Bổ sung' });
  });

  it('is empty for a fresh draft', () => expect(planTimeline(view({}))).toEqual([]));
});
