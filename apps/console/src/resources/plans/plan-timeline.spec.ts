import type { PlanView } from '@dondoc/contracts';
import { personText, planTimeline } from './plan-timeline';

const view = (over: Partial<PlanView['lifecycle']>, extra: Partial<PlanView> = {}): PlanView =>
  ({
    replies: [],
    returns: [],
    lifecycle: { status: 'draft', revision: 1, signerId: 's', ...over },
    ...extra,
  }) as PlanView;

describe('planTimeline', () => {
  it('orders the steps by time', () => {
    const t = planTimeline(
      view(
        {
          status: 'issued',
          revision: 2,
          contentReview: { revision: 2, by: 'a', at: '2026-03-02T01:00:00Z' },
          approval: { revision: 2, by: 's', at: '2026-03-03T01:00:00Z' },
          signature: { revision: 2, by: 's', at: '2026-03-04T01:00:00Z', capacity: 'KT', authorityId: 'a' },
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

describe('planTimeline with the audit trail', () => {
  const person = (fullName: string, position: string | null = null) => ({ id: fullName, fullName, position });
  const event = (action: string, at: string, actor = person('Nguyễn Văn Hùng', 'Chủ tịch UBND xã'), detail = {}) => ({
    action,
    at,
    actor,
    actingFor: null,
    detail,
  });

  it('names who took each step (the same action nearest in time), and adds the start and the draft edits', () => {
    const t = planTimeline(
      view({ status: 'approved', revision: 2, approval: { revision: 2, by: 's', at: '2026-03-03T01:00:00.000Z' } }),
      [
        event('plan.workflow.start', '2026-03-01T01:00:00.000Z', person('Nông Văn Đức')),
        event('plan.approve', '2026-03-01T03:00:00.000Z', person('Hoàng Thị Lan')),
        event('plan.edit', '2026-03-02T01:00:00.000Z', person('Nông Văn Đức'), { summary: 'Lùi hạn', revision: 2, contentRevision: { from: 1, to: 2 } }),
        event('plan.approve', '2026-03-03T01:00:00.000Z'),
      ],
    );
    expect(t.map((e) => [e.key, e.who?.fullName])).toEqual([
      ['started', 'Nông Văn Đức'],
      ['edited', 'Nông Văn Đức'],
      ['approval', 'Nguyễn Văn Hùng'],
    ]);
    expect(t[1]!.args).toEqual({ revision: 2, summary: 'Lùi hạn' });
    expect(personText(t[2]!.who!)).toBe('Nguyễn Văn Hùng (Chủ tịch UBND xã)');
  });
});
