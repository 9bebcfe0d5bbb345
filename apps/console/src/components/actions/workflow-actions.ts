import type { DondocDataProvider } from '../../providers/data-provider';
import type { InboxItem } from '@dondoc/contracts';
import type { ActionSpec } from './action.types';
import { TASK_STEPS, taskStepCaller } from './task-steps';
import { WORK_FIELDS } from './work-fields';

type Client = Pick<DondocDataProvider, 'planAction' | 'taskAction'>;

const CAPACITIES = ['KT', 'TM', 'TUQ', 'TL', 'Q', 'head'] as const;
const { reason } = WORK_FIELDS;

/** End of a calendar day in Vietnam (UTC+7, no DST) as the instant the API stores deadlines at. */
export const endOfDayInVietnam = (day: string): string => new Date(`${day}T17:00:00.000Z`).toISOString();

/**
 * The plan steps as buttons for the inbox's one-click actions (keys mirror the API's step names).
 * Which steps a plan offers is decided by the API (`GET /api/plans/:id/allowed-actions`), not here.
 */
export const planActionSpecs = (client: Client, planId: string) => {
  const act = (step: Parameters<Client['planAction']>[1], body: object, key: string) =>
    client.planAction(planId, step, body, key);
  return {
    submitForReview: {
      key: 'submit-for-review',
      label: 'dondoc.work.actions.submit_for_review',
      run: (_v, k) => act('submit-for-review', {}, k),
    },
    closeConsultation: {
      key: 'consultation-close',
      label: 'dondoc.work.actions.close_consultation',
      run: (_v, k) => act('consultation/close', {}, k),
    },
    reviewApprove: {
      key: 'review-approve',
      label: 'dondoc.work.actions.review_approve',
      run: (_v, k) => act('review', { decision: 'approve' }, k),
    },
    reviewReturn: {
      key: 'review-return',
      label: 'dondoc.work.actions.review_return',
      variant: 'outlined',
      fields: [reason, { name: 'comment', label: 'dondoc.work.fields.comment', kind: 'multiline' }],
      run: (v, k) =>
        act('review', { decision: 'return', reason: v.reason, ...(v.comment?.trim() ? { comments: [v.comment] } : {}) }, k),
    },
    approve: { key: 'approve', label: 'dondoc.work.actions.approve', run: (_v, k) => act('approve', {}, k) },
    sign: {
      key: 'sign',
      label: 'dondoc.work.actions.sign',
      fields: [
        {
          name: 'capacity',
          label: 'dondoc.work.fields.capacity',
          kind: 'select',
          required: true,
          choices: CAPACITIES.map((c) => ({ id: c, name: `dondoc.work.capacities.${c}` })),
        },
      ],
      initial: { capacity: 'KT' },
      run: (v, k) => act('sign', { capacity: v.capacity }, k),
    },
    number: {
      key: 'number',
      label: 'dondoc.work.actions.number',
      fields: [{ name: 'number', label: 'dondoc.work.fields.number', kind: 'number' }],
      run: (v, k) => act('number', v.number?.trim() ? { number: Number(v.number) } : {}, k),
    },
    seal: { key: 'seal', label: 'dondoc.work.actions.seal', variant: 'outlined', run: (_v, k) => act('seal', {}, k) },
    issue: {
      key: 'issue',
      label: 'dondoc.work.actions.issue',
      fields: [{ name: 'recipients', label: 'dondoc.work.fields.recipients', kind: 'multiline', required: true }],
      initial: { recipients: 'Như trên;\nLưu: VT.' },
      run: (v, k) =>
        act(
          'issue',
          {
            recipients: (v.recipients ?? '')
              .split('\n')
              .map((r) => r.trim())
              .filter(Boolean),
          },
          k,
        ),
    },
    withdraw: {
      key: 'withdraw',
      label: 'dondoc.work.actions.withdraw',
      variant: 'outlined',
      fields: [reason],
      run: (v, k) => act('withdraw', { reason: v.reason }, k),
    },
  } satisfies Record<string, ActionSpec>;
};

/** The task steps as the inbox's one-click buttons (the task page has its fuller forms). */
export const taskActionSpecs = (client: Client, taskId: string) => {
  const act = taskStepCaller(client, taskId);
  return {
    progress: {
      ...TASK_STEPS.progress,
      fields: [WORK_FIELDS.progress, WORK_FIELDS.difficulties],
      run: (v, k) =>
        act(
          'progress',
          { progress: Number(v.progress), ...(v.difficulties?.trim() ? { difficulties: v.difficulties } : {}) },
          k,
        ),
    },
    submit: {
      ...TASK_STEPS.submit,
      fields: [WORK_FIELDS.result],
      run: (v, k) => act('submit', v.result?.trim() ? { result: v.result } : {}, k),
    },
    extension: {
      ...TASK_STEPS.extension,
      fields: [{ name: 'newDue', label: 'dondoc.work.fields.new_due', kind: 'date', required: true }, reason],
      run: (v, k) => act('extension', { newDueAt: endOfDayInVietnam(v.newDue ?? ''), reason: v.reason }, k),
    },
    accept: { ...TASK_STEPS.accept, run: (_v, k) => act('accept', {}, k) },
    taskReturn: { ...TASK_STEPS.taskReturn, fields: [reason], run: (v, k) => act('return', { reason: v.reason }, k) },
    grant: { ...TASK_STEPS.grant, run: (_v, k) => act('extension/decision', { grant: true }, k) },
    refuse: {
      ...TASK_STEPS.refuse,
      fields: [reason],
      run: (v, k) => act('extension/decision', { grant: false, reason: v.reason }, k),
    },
  } satisfies Record<string, ActionSpec>;
};

/** One-click actions of an inbox item, by what the item asks of the user. */
export function inboxActionsFor(item: InboxItem, client: Client): ActionSpec[] {
  const p = planActionSpecs(client, item.planId);
  const t = taskActionSpecs(client, item.workflowId);
  switch (item.action) {
    case 'reviewContent':
    case 'checkFormat':
      return [p.reviewApprove, p.reviewReturn];
    case 'approve':
      return [p.approve, p.reviewReturn];
    case 'sign':
      return [p.sign, p.reviewReturn];
    case 'number':
      return [p.number, p.seal];
    case 'issue':
      return [p.issue];
    case 'report':
      return [t.progress, t.submit, t.extension];
    case 'accept':
      return [t.accept, t.taskReturn];
    case 'decideExtension':
      return [t.grant, t.refuse];
    case 'submitReport':
      // Duty reports need their figures form (next slice): the item links to its plan.
      return [];
  }
}
