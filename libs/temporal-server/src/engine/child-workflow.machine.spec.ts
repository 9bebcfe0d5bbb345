import { describeMachine } from '../__test-support__/machine-table';
import { childWorkflowMachine } from './child-workflow.machine';

describeMachine(childWorkflowMachine, ['initiated', 'started', 'startFailed', 'closed'], ['started', 'startFailed', 'closed'], [
  ['initiated', 'started', 'started'],
  ['initiated', 'startFailed', 'startFailed'],
  ['started', 'closed', 'closed'],
]);
