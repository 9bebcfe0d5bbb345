import { defineMachine } from './machine';

/** Run states; every state but `running` is closed. */
export type ExecutionState = 'running' | 'completed' | 'failed' | 'canceled' | 'terminated' | 'continuedAsNew' | 'timedOut';
export type ExecutionAction = 'complete' | 'fail' | 'cancel' | 'terminate' | 'continueAsNew' | 'timeout' | 'requestCancel' | 'signal' | 'update';

/** Workflow execution: running until one closing action; closed runs accept nothing (NOT_FOUND). */
export const workflowExecutionMachine = defineMachine<ExecutionState, ExecutionAction>('workflow execution', {
  running: {
    complete: 'completed',
    fail: 'failed',
    cancel: 'canceled',
    terminate: 'terminated',
    continueAsNew: 'continuedAsNew',
    timeout: 'timedOut',
    requestCancel: 'running',
    signal: 'running',
    update: 'running',
  },
  completed: {},
  failed: {},
  canceled: {},
  terminated: {},
  continuedAsNew: {},
  timedOut: {},
});
