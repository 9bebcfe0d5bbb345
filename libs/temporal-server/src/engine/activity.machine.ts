import { defineMachine } from './machine';

/** `backoff`: an attempt failed and the next one waits for its retry delay (no lock held, no history event). */
export type ActivityState = 'scheduled' | 'started' | 'backoff' | 'closed';
export type ActivityAction = 'start' | 'heartbeat' | 'complete' | 'fail' | 'retry' | 'retryDue' | 'timeout' | 'requestCancel' | 'cancel';

/** Activity task: scheduled → started → closed, with retries looping through backoff. */
export const activityMachine = defineMachine<ActivityState, ActivityAction>('activity', {
  scheduled: { start: 'started', timeout: 'closed', requestCancel: 'closed' },
  started: { heartbeat: 'started', complete: 'closed', fail: 'closed', retry: 'backoff', timeout: 'closed', requestCancel: 'started', cancel: 'closed' },
  backoff: { retryDue: 'scheduled', timeout: 'closed', requestCancel: 'closed' },
  closed: {},
});
