// The console holds its own value lists and names for task/plan statuses and organisation kinds (its bundle takes
// nothing from the domain at run time); this pins them to the domain's vocabulary, which the API, the inbox and the
// exports use.
import { ORGANISATION_KINDS as DOMAIN_KINDS, PLAN_STATUS_LABELS, TASK_STATUS_LABELS } from '@dondoc/domain';
import { ORGANISATION_KINDS } from '../resources/organisations/choices';
import { PLAN_STATUSES } from '../resources/plans/choices';
import { TASK_STATUS_CODES } from '../resources/tasks/task-status-codes';
import { appVietnamese } from './app-vi';
import { taskPagesVietnamese } from './tasks.vi';

describe('the console\'s vocabulary against the domain', () => {
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

  it('the organisation kind choices are exactly the domain kinds', () => {
    expect(ORGANISATION_KINDS).toEqual(DOMAIN_KINDS);
  });
});
