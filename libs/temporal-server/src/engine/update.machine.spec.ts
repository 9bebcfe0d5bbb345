import { describeMachine } from '../__test-support__/machine-table';
import { updateMachine } from './update.machine';

describeMachine(
  updateMachine,
  ['admitted', 'requested', 'accepted', 'completed', 'rejected', 'aborted'],
  ['deliver', 'redeliver', 'accept', 'reject', 'complete', 'abort'],
  [
    ['admitted', 'deliver', 'requested'],
    ['admitted', 'abort', 'aborted'],
    ['requested', 'accept', 'accepted'],
    ['requested', 'reject', 'rejected'],
    ['requested', 'complete', 'completed'],
    ['requested', 'redeliver', 'admitted'],
    ['requested', 'abort', 'aborted'],
    ['accepted', 'complete', 'completed'],
    ['accepted', 'abort', 'aborted'],
  ],
);
