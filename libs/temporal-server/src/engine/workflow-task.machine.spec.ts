import { describeMachine } from '../__test-support__/machine-table';
import { workflowTaskMachine } from './workflow-task.machine';

describeMachine(
  workflowTaskMachine,
  ['none', 'scheduled', 'started'],
  ['schedule', 'start', 'complete', 'fail', 'timeout', 'stickyTimeout', 'close'],
  [
    ['none', 'schedule', 'scheduled'],
    ['none', 'close', 'none'],
    ['scheduled', 'start', 'started'],
    ['scheduled', 'stickyTimeout', 'scheduled'],
    ['scheduled', 'close', 'none'],
    ['started', 'complete', 'none'],
    ['started', 'fail', 'none'],
    ['started', 'timeout', 'none'],
    ['started', 'close', 'none'],
  ],
);
