// The console's catalogue names task and plan statuses itself (its bundle takes nothing from the domain at run
// time); this pins those names to the domain's vocabulary, which the API, the inbox and the exports use.
import { PLAN_STATUS_LABELS, TASK_STATUS_LABELS } from '@dondoc/domain';
import { PLAN_STATUSES } from '../resources/plans/choices';
import { TASK_STATUS_CODES } from '../resources/tasks/task-status-codes';
import { appVietnamese } from './app-vi';
import { taskPagesVietnamese } from './tasks.vi';

describe('status names in the Vietnamese catalogue', () => {
  it('task statuses are exactly the domain labels', () => {
    expect(taskPagesVietnamese.task_pages.statuses).toEqual(TASK_STATUS_LABELS);
  });

  it('plan statuses are exactly the domain labels', () => {
    expect(appVietnamese.dondoc.plan_statuses).toEqual(PLAN_STATUS_LABELS);
  });

  it('the task and plan list filters offer every status once', () => {
    expect([...TASK_STATUS_CODES].sort()).toEqual(Object.keys(TASK_STATUS_LABELS).sort());
    expect([...PLAN_STATUSES].sort()).toEqual(Object.keys(PLAN_STATUS_LABELS).sort());
  });
});
