import { defineMachine } from './machine';

export type ExternalCancelState = 'initiated' | 'requested' | 'failed';
export type ExternalCancelAction = 'requested' | 'failed';

/** Cancel request to another workflow (or a child): initiated → requested | failed (target not found). */
export const externalCancelMachine = defineMachine<ExternalCancelState, ExternalCancelAction>('external cancel', {
  initiated: { requested: 'requested', failed: 'failed' },
  requested: {},
  failed: {},
});
