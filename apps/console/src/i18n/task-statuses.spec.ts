// The console's catalogue names the task statuses itself (its bundle takes nothing from the domain at run time);
// this pins those names to the domain's vocabulary, which the API and the exports use.
import { TASK_STATUS_LABELS } from '@dondoc/domain';
import { TASK_STATUS_CODES } from '../resources/tasks/task-status-codes';
import { taskPagesVietnamese } from './tasks.vi';

describe('task status names in the Vietnamese catalogue', () => {
  it('are exactly the domain labels', () => {
    expect(taskPagesVietnamese.task_pages.statuses).toEqual(TASK_STATUS_LABELS);
  });

  it('the list filter offers every status once', () => {
    expect([...TASK_STATUS_CODES].sort()).toEqual(Object.keys(TASK_STATUS_LABELS).sort());
  });
});
