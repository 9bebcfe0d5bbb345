import type { TaskStatusCode } from '@dondoc/contracts';

/** Status codes of the domain's vocabulary, in the order the filter offers them (labels in the catalogue). */
export const TASK_STATUS_CODES = [
  'inProgress',
  'dueSoon',
  'overdue',
  'awaitingConfirmation',
  'redo',
  'completedOnTime',
  'completedLate',
  'paused',
  'refused',
  'superseded',
  'recalled',
] as const satisfies readonly TaskStatusCode[];
