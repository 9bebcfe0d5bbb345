import { describeMachine } from '../__test-support__/machine-table';
import { activityMachine } from './activity.machine';

describeMachine(
  activityMachine,
  ['scheduled', 'started', 'backoff', 'closed'],
  ['start', 'heartbeat', 'complete', 'fail', 'retry', 'retryDue', 'timeout', 'requestCancel', 'cancel'],
  [
    ['scheduled', 'start', 'started'],
    ['scheduled', 'timeout', 'closed'],
    ['scheduled', 'requestCancel', 'closed'],
    ['started', 'heartbeat', 'started'],
    ['started', 'complete', 'closed'],
    ['started', 'fail', 'closed'],
    ['started', 'retry', 'backoff'],
    ['started', 'timeout', 'closed'],
    ['started', 'requestCancel', 'started'],
    ['started', 'cancel', 'closed'],
    ['backoff', 'retryDue', 'scheduled'],
    ['backoff', 'timeout', 'closed'],
    ['backoff', 'requestCancel', 'closed'],
  ],
);
