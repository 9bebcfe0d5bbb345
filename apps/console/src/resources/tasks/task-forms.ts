import type { DondocDataProvider } from '../../providers/data-provider';
import type { TaskFormField, TaskFormSpec } from './task-form.types';
import { endOfVnDay, parseVnDate } from './vn-date';

type Client = Pick<DondocDataProvider, 'taskAction' | 'uploadFile'>;

const reason: TaskFormField = { name: 'reason', label: 'dondoc.work.fields.reason', kind: 'multiline', required: true };
const files: TaskFormField = { name: 'files', label: 'dondoc.task_pages.fields.evidence', kind: 'files' };
const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** A typed dd/mm/yyyy day as the deadline instant, or an Error with the i18n key of the problem. */
function dueFrom(value: string | undefined): string {
  const day = parseVnDate(value ?? '');
  if (!day) throw new Error('dondoc.task_pages.errors.date');
  return endOfVnDay(day);
}

function progressOf(value: string | undefined): number {
  const n = Number(value);
  if (!/^\s*\d{1,3}\s*$/.test(value ?? '') || n < 0 || n > 100) throw new Error('dondoc.task_pages.errors.progress');
  return n;
}

/**
 * The task page's steps as forms. Evidence files are uploaded first (once per picked file: a retry
 * after a refusal does not store them again), then the step carries their references.
 */
export function taskFormSpecs(client: Client, taskId: string, organisations: { id: string; name: string }[]) {
  const uploaded = new WeakMap<File, string>();
  const refsOf = async (picked: File[]): Promise<string[] | undefined> => {
    if (picked.length === 0) return undefined;
    const refs: string[] = [];
    for (const f of picked) {
      let ref = uploaded.get(f);
      if (!ref) {
        ref = (await client.uploadFile('tasks', taskId, f)).ref;
        uploaded.set(f, ref);
      }
      refs.push(ref);
    }
    return refs;
  };
  const act = (step: Parameters<Client['taskAction']>[1], body: object, key: string) =>
    client.taskAction(taskId, step, body, key);
  return {
    progress: {
      key: 'progress',
      label: 'dondoc.work.actions.progress',
      fields: [
        { name: 'progress', label: 'dondoc.work.fields.progress', kind: 'number', required: true },
        { name: 'result', label: 'dondoc.work.fields.result', kind: 'multiline' },
        { name: 'difficulties', label: 'dondoc.work.fields.difficulties', kind: 'multiline' },
        { name: 'proposals', label: 'dondoc.task_pages.fields.proposals', kind: 'multiline' },
        files,
      ],
      run: async (v, picked, k) => {
        const progress = progressOf(v.progress);
        const body = {
          progress,
          result: text(v.result),
          difficulties: text(v.difficulties),
          proposals: text(v.proposals),
          evidenceFileRefs: await refsOf(picked),
        };
        return act('progress', body, k);
      },
    },
    submit: {
      key: 'submit',
      label: 'dondoc.work.actions.submit',
      variant: 'outlined',
      fields: [{ name: 'result', label: 'dondoc.work.fields.result', kind: 'multiline' }, files],
      run: async (v, picked, k) => act('submit', { result: text(v.result), evidenceFileRefs: await refsOf(picked) }, k),
    },
    extension: {
      key: 'extension',
      label: 'dondoc.work.actions.extension',
      variant: 'outlined',
      fields: [{ name: 'newDue', label: 'dondoc.task_pages.fields.new_due', kind: 'vndate', required: true }, reason],
      run: (v, _f, k) => act('extension', { newDueAt: dueFrom(v.newDue), reason: text(v.reason) }, k),
    },
    accept: {
      key: 'accept',
      label: 'dondoc.work.actions.accept',
      fields: [],
      run: (_v, _f, k) => act('accept', {}, k),
    },
    taskReturn: {
      key: 'task-return',
      label: 'dondoc.work.actions.task_return',
      variant: 'outlined',
      fields: [reason],
      run: (v, _f, k) => act('return', { reason: text(v.reason) }, k),
    },
    grant: {
      key: 'extension-grant',
      label: 'dondoc.work.actions.extension_grant',
      fields: [
        { name: 'newDue', label: 'dondoc.task_pages.fields.other_due', kind: 'vndate' },
        { name: 'reason', label: 'dondoc.task_pages.fields.comment', kind: 'multiline' },
      ],
      run: (v, _f, k) =>
        act(
          'extension/decision',
          { grant: true, newDueAt: text(v.newDue) ? dueFrom(v.newDue) : undefined, reason: text(v.reason) },
          k,
        ),
    },
    refuse: {
      key: 'extension-refuse',
      label: 'dondoc.work.actions.extension_refuse',
      variant: 'outlined',
      fields: [reason],
      run: (v, _f, k) => act('extension/decision', { grant: false, reason: text(v.reason) }, k),
    },
    reassign: {
      key: 'reassign',
      label: 'dondoc.task_pages.actions.reassign',
      variant: 'outlined',
      fields: [
        {
          name: 'toOrganisationId',
          label: 'dondoc.task_pages.fields.to_organisation',
          kind: 'select',
          required: true,
          choices: organisations,
        },
        reason,
      ],
      run: (v, _f, k) => act('reassign', { toOrganisationId: v.toOrganisationId, reason: text(v.reason) }, k),
    },
  } satisfies Record<string, TaskFormSpec>;
}

/** Phases in which the owning unit still works on the task. */
export const WORKING_PHASES = new Set(['open', 'returned']);
