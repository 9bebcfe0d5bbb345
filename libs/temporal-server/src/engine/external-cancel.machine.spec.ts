import { describeMachine } from '../__test-support__/machine-table';
import { externalCancelMachine } from './external-cancel.machine';

describeMachine(externalCancelMachine, ['initiated', 'requested', 'failed'], ['requested', 'failed'], [
  ['initiated', 'requested', 'requested'],
  ['initiated', 'failed', 'failed'],
]);
