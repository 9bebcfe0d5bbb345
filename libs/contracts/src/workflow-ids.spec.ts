import { dutyWorkflowId, parseWorkflowId, planWorkflowId, taskWorkflowId } from './workflow-ids';

describe('workflow ids', () => {
  it.each([
    [planWorkflowId('kh-125'), { kind: 'plan', planId: 'kh-125' }],
    [taskWorkflowId('kh-125', 'r1', 'org-vhxh'), { kind: 'task', planId: 'kh-125', responsibilityId: 'r1', orgId: 'org-vhxh' }],
    [dutyWorkflowId('kh-125', 'bc6t'), { kind: 'duty', planId: 'kh-125', dutyId: 'bc6t' }],
  ])('%s round-trips', (id, parsed) => expect(parseWorkflowId(id)).toEqual(parsed));

  it('uses the documented scheme', () => {
    expect([planWorkflowId('p'), taskWorkflowId('p', 'r', 'o'), dutyWorkflowId('p', 'd')]).toEqual(['plan:p', 'task:p:r:o', 'duty:p:d']);
  });

  it.each(['plan:', 'task:p:r', 'duty:p:d:x', 'other:p', ''])('rejects %p', (id) => {
    expect(parseWorkflowId(id)).toBeUndefined();
  });
});
