import { defineMachine } from './machine';

export type ChildState = 'initiated' | 'started' | 'startFailed' | 'closed';
export type ChildAction = 'started' | 'startFailed' | 'closed';

/** Child workflow as seen by its parent: initiated → started → closed, or the start fails (id in use). */
export const childWorkflowMachine = defineMachine<ChildState, ChildAction>('child workflow', {
  initiated: { started: 'started', startFailed: 'startFailed' },
  started: { closed: 'closed' },
  startFailed: {},
  closed: {},
});
