export { ActionButton } from './ActionButton';
export type { ActionField, ActionSpec } from './action.types';
export { inboxActionsFor, planActionsFor, planActionSpecs, taskActionSpecs } from './workflow-actions';
