export { ActionButton } from './ActionButton';
export type { ActionField, ActionLayout, ActionSpec } from './action.types';
export { endOfDayInVietnam, inboxActionsFor, planActionSpecs, taskActionSpecs } from './workflow-actions';
