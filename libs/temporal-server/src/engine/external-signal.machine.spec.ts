import { describeMachine } from '../__test-support__/machine-table';
import { externalSignalMachine } from './external-signal.machine';

describeMachine(externalSignalMachine, ['initiated', 'signaled', 'failed'], ['signaled', 'failed'], [
  ['initiated', 'signaled', 'signaled'],
  ['initiated', 'failed', 'failed'],
]);
