import { defineMachine } from './machine';

export type ExternalSignalState = 'initiated' | 'signaled' | 'failed';
export type ExternalSignalAction = 'signaled' | 'failed';

/** Signal to another workflow: initiated → signaled | failed (target not found). */
export const externalSignalMachine = defineMachine<ExternalSignalState, ExternalSignalAction>('external signal', {
  initiated: { signaled: 'signaled', failed: 'failed' },
  signaled: {},
  failed: {},
});
