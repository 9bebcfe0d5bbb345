import type { DondocDataProvider } from '../../providers/data-provider';
import type { ActionSpec } from './action.types';

/**
 * The task steps' buttons (`data-action` key, label, look), the same in the inbox and on the task
 * page; each screen adds its own inputs and request body.
 */
export const TASK_STEPS = {
  progress: { key: 'progress', label: 'dondoc.work.actions.progress' },
  submit: { key: 'submit', label: 'dondoc.work.actions.submit', variant: 'outlined' },
  extension: { key: 'extension', label: 'dondoc.work.actions.extension', variant: 'outlined' },
  accept: { key: 'accept', label: 'dondoc.work.actions.accept' },
  taskReturn: { key: 'task-return', label: 'dondoc.work.actions.task_return', variant: 'outlined' },
  grant: { key: 'extension-grant', label: 'dondoc.work.actions.extension_grant' },
  refuse: { key: 'extension-refuse', label: 'dondoc.work.actions.extension_refuse', variant: 'outlined' },
} as const satisfies Record<string, Pick<ActionSpec, 'key' | 'label' | 'variant'>>;

type TaskClient = Pick<DondocDataProvider, 'taskAction'>;

/** `POST /api/tasks/:id/<step>` for one task, with the click's idempotency key. */
export const taskStepCaller =
  (client: TaskClient, taskId: string) =>
  (step: Parameters<TaskClient['taskAction']>[1], body: object, idempotencyKey: string) =>
    client.taskAction(taskId, step, body, idempotencyKey);
