export { ActionButton } from './ActionButton';
export type { ActionField, ActionSpec } from './action.types';
export { endOfDayInVietnam, inboxActionsFor, planActionSpecs, taskActionSpecs } from './workflow-actions';
