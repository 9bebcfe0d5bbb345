import type { ActionField } from './action.types';

/** The inputs the plan, inbox and task-page dialogs share (one name, label and kind each). */
export const WORK_FIELDS = {
  reason: { name: 'reason', label: 'dondoc.work.fields.reason', kind: 'multiline', required: true },
  progress: { name: 'progress', label: 'dondoc.work.fields.progress', kind: 'number', required: true },
  result: { name: 'result', label: 'dondoc.work.fields.result', kind: 'multiline' },
  difficulties: { name: 'difficulties', label: 'dondoc.work.fields.difficulties', kind: 'multiline' },
} satisfies Record<string, ActionField>;
