import { describeMachine } from '../__test-support__/machine-table';
import { workflowExecutionMachine } from './workflow-execution.machine';

describeMachine(
  workflowExecutionMachine,
  ['running', 'completed', 'failed', 'canceled', 'terminated', 'continuedAsNew', 'timedOut'],
  ['complete', 'fail', 'cancel', 'terminate', 'continueAsNew', 'timeout', 'requestCancel', 'signal', 'update'],
  [
    ['running', 'complete', 'completed'],
    ['running', 'fail', 'failed'],
    ['running', 'cancel', 'canceled'],
    ['running', 'terminate', 'terminated'],
    ['running', 'continueAsNew', 'continuedAsNew'],
    ['running', 'timeout', 'timedOut'],
    ['running', 'requestCancel', 'running'],
    ['running', 'signal', 'running'],
    ['running', 'update', 'running'],
  ],
);
