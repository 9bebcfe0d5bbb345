import { defineMachine } from './machine';

export type WorkflowTaskState = 'none' | 'scheduled' | 'started';
export type WorkflowTaskAction = 'schedule' | 'start' | 'complete' | 'fail' | 'timeout' | 'stickyTimeout' | 'close';

/**
 * Workflow task: at most one scheduled-or-started per run. Failing or timing out a started task goes back to
 * `none` (the engine schedules attempt+1); a sticky schedule-to-start timeout re-queues without a new attempt.
 */
export const workflowTaskMachine = defineMachine<WorkflowTaskState, WorkflowTaskAction>('workflow task', {
  none: { schedule: 'scheduled', close: 'none' },
  scheduled: { start: 'started', stickyTimeout: 'scheduled', close: 'none' },
  started: { complete: 'none', fail: 'none', timeout: 'none', close: 'none' },
});
