import { DEFAULT_ESCALATION_POLICY } from '@dondoc/domain';
import type { StoredEscalationStep } from '@dondoc/persistence';
import { escalationPolicyProblems, toDomainPolicy } from './escalation-policy.rules';

const DEFAULT_STEPS: StoredEscalationStep[] = [
  { offsetDays: -5, audience: 'owner' },
  { offsetDays: -1, audience: 'unitHead' },
  { offsetDays: 0, audience: 'leaderInCharge' },
  { offsetDays: 3, audience: 'chairman' },
];

describe('escalation policy rules', () => {
  it('accepts the default ladder and maps it to the domain policy the workflows use', () => {
    expect(escalationPolicyProblems(DEFAULT_STEPS, '08:00')).toEqual([]);
    const policy = toDomainPolicy({ id: 'p1', name: 'Mặc định', steps: DEFAULT_STEPS, sendAt: '08:00' });
    expect(policy.steps).toEqual(DEFAULT_ESCALATION_POLICY.steps);
    expect(policy).toMatchObject({ id: 'p1', sendAt: { hour: 8, minute: 0 }, stopWhen: ['done', 'extensionGranted', 'paused'] });
  });

  it.each<[string, StoredEscalationStep[], string, { field: string; message: RegExp }[]]>([
    ['no step', [], '08:00', [{ field: 'steps', message: /từ 1 đến 12 bước/ }]],
    ['half a working day', [{ offsetDays: -1.5, audience: 'owner' }], '08:00', [{ field: 'steps.0.offsetDays', message: /số nguyên ngày làm việc/ }]],
    ['beyond 60 working days', [{ offsetDays: -61, audience: 'owner' }], '08:00', [{ field: 'steps.0.offsetDays', message: /từ -60 đến 60/ }]],
    [
      'steps out of order',
      [
        { offsetDays: -1, audience: 'unitHead' },
        { offsetDays: -5, audience: 'owner' },
      ],
      '08:00',
      [{ field: 'steps.1.offsetDays', message: /theo thứ tự thời gian/ }],
    ],
    [
      'two steps on one day',
      [
        { offsetDays: -1, audience: 'owner' },
        { offsetDays: -1, audience: 'unitHead' },
      ],
      '08:00',
      [{ field: 'steps.1.offsetDays', message: /muộn hơn bước trước/ }],
    ],
    ['overdue notice to the late owner', [{ offsetDays: 0, audience: 'owner' }], '08:00', [{ field: 'steps.0.audience', message: /không báo cáo cho chính người được giao/ }]],
    ['escalation to the late owner', [{ offsetDays: 2, audience: 'owner' }], '08:00', [{ field: 'steps.0.audience', message: /chọn cấp trên/ }]],
    ['send time 24:00', DEFAULT_STEPS, '24:00', [{ field: 'sendAt', message: /HH:MM/ }]],
  ])('refuses %s, naming the field in Vietnamese', (_label, steps, sendAt, expected) => {
    const problems = escalationPolicyProblems(steps, sendAt);
    expect(problems.map((p) => p.field)).toEqual(expected.map((e) => e.field));
    problems.forEach((p, i) => expect(p.message).toMatch(expected[i]!.message));
  });
});
