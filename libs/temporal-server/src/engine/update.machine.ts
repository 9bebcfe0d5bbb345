import { defineMachine } from './machine';

/** `admitted`: waiting for a workflow task; `requested`: delivered in a started task, awaiting the worker's answer. */
export type UpdateState = 'admitted' | 'requested' | 'accepted' | 'completed' | 'rejected' | 'aborted';
export type UpdateAction = 'deliver' | 'redeliver' | 'accept' | 'reject' | 'complete' | 'abort';

/** Workflow update: admitted → requested → accepted → completed, or rejected by the validator, or aborted on close. */
export const updateMachine = defineMachine<UpdateState, UpdateAction>('update', {
  admitted: { deliver: 'requested', abort: 'aborted' },
  requested: { accept: 'accepted', reject: 'rejected', complete: 'completed', redeliver: 'admitted', abort: 'aborted' },
  accepted: { complete: 'completed', abort: 'aborted' },
  completed: {},
  rejected: {},
  aborted: {},
});
