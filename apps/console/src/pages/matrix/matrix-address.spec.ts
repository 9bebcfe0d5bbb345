import { matrixPlanOfHash } from './matrix-address';

describe('matrixPlanOfHash', () => {
  it('finds the plan of the plan page matrix tab and of the matrix page', () => {
    expect(matrixPlanOfHash('#/plans/3f1c-42/show/matrix')).toEqual({ planId: '3f1c-42', planPage: true });
    expect(matrixPlanOfHash('#/plans/3f1c-42/show/matrix?x=1')).toEqual({ planId: '3f1c-42', planPage: true });
    expect(matrixPlanOfHash('#/plans/a%20b/show/matrix')).toEqual({ planId: 'a b', planPage: true });
    expect(matrixPlanOfHash('#/matrix?plan=3f1c-42')).toEqual({ planId: '3f1c-42', planPage: false });
  });

  it('ignores other addresses', () => {
    for (const hash of ['', '#/', '#/plans/3f1c-42/show', '#/plans/3f1c-42/show/matrixx', '#/plans/3f1c-42/show/revisions', '#/matrix', '#/matrix?plan=', '#/plans/%E0%A4%A/show/matrix'])
      expect(matrixPlanOfHash(hash)).toBeUndefined();
  });
});
