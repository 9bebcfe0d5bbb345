import type { ActionField, ActionSpec } from '../../components/actions/action.types';
import { TASK_STEPS, taskStepCaller } from '../../components/actions/task-steps';
import { WORK_FIELDS } from '../../components/actions/work-fields';
// The pure module, not the index: it would pull react-admin into unit tests.
import { endOfDayInVietnam } from '../../components/actions/workflow-actions';
import type { DondocDataProvider } from '../../providers/data-provider';
import { parseVnDate } from './vn-date';

type Client = Pick<DondocDataProvider, 'taskAction' | 'uploadFile'>;

const { reason } = WORK_FIELDS;
const files: ActionField = { name: 'files', label: 'dondoc.task_pages.fields.evidence', kind: 'files' };
const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** A typed dd/mm/yyyy day as the deadline instant, or an Error with the i18n key of the problem. */
function dueFrom(value: string | undefined): string {
  const day = parseVnDate(value ?? '');
  if (!day) throw new Error('dondoc.task_pages.errors.date');
  return endOfDayInVietnam(day);
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
  const act = taskStepCaller(client, taskId);
  return {
    progress: {
      ...TASK_STEPS.progress,
      fields: [
        WORK_FIELDS.progress,
        WORK_FIELDS.result,
        WORK_FIELDS.difficulties,
        { name: 'proposals', label: 'dondoc.task_pages.fields.proposals', kind: 'multiline' },
        files,
      ],
      run: async (v, k, picked = []) => {
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
      ...TASK_STEPS.submit,
      fields: [WORK_FIELDS.result, files],
      run: async (v, k, picked = []) =>
        act('submit', { result: text(v.result), evidenceFileRefs: await refsOf(picked) }, k),
    },
    extension: {
      ...TASK_STEPS.extension,
      fields: [{ name: 'newDue', label: 'dondoc.task_pages.fields.new_due', kind: 'vndate', required: true }, reason],
      run: (v, k) => act('extension', { newDueAt: dueFrom(v.newDue), reason: text(v.reason) }, k),
    },
    accept: { ...TASK_STEPS.accept, run: (_v, k) => act('accept', {}, k) },
    taskReturn: {
      ...TASK_STEPS.taskReturn,
      fields: [reason],
      run: (v, k) => act('return', { reason: text(v.reason) }, k),
    },
    grant: {
      ...TASK_STEPS.grant,
      fields: [
        { name: 'newDue', label: 'dondoc.task_pages.fields.other_due', kind: 'vndate' },
        { name: 'reason', label: 'dondoc.task_pages.fields.comment', kind: 'multiline' },
      ],
      run: (v, k) =>
        act(
          'extension/decision',
          { grant: true, newDueAt: text(v.newDue) ? dueFrom(v.newDue) : undefined, reason: text(v.reason) },
          k,
        ),
    },
    refuse: {
      ...TASK_STEPS.refuse,
      fields: [reason],
      run: (v, k) => act('extension/decision', { grant: false, reason: text(v.reason) }, k),
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
      run: (v, k) => act('reassign', { toOrganisationId: v.toOrganisationId, reason: text(v.reason) }, k),
    },
  } satisfies Record<string, ActionSpec>;
}

/** Phases in which the owning unit still works on the task. */
export const WORKING_PHASES = new Set(['open', 'returned']);
