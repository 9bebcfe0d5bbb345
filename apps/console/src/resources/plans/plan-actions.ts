import type { ActionField, ActionSpec } from '../../components/actions';
// The pure module, not the index: it would pull react-admin into unit tests.
import { endOfDayInVietnam } from '../../components/actions/workflow-actions';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { AllowedPlanAction, PlanStepKey } from './allowed-actions.types';

type Client = Pick<DondocDataProvider, 'planAction' | 'startPlanWorkflow'> & {
  /** `POST /api/plans/:id/amendments` (only the amendment step calls it). */
  amendPlan?: (planId: string, body: object, idempotencyKey: string) => Promise<unknown>;
};

/** Labels of inputs the task screens already name; the plan page's own ones live in `dondoc.plan_page.fields`. */
const SHARED_FIELDS: Record<string, string> = {
  reason: 'dondoc.work.fields.reason',
  comment: 'dondoc.work.fields.comment',
  capacity: 'dondoc.work.fields.capacity',
  recipients: 'dondoc.work.fields.recipients',
  number: 'dondoc.work.fields.number',
};

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const optional = (name: string, value: string | undefined) => (value?.trim() ? { [name]: value.trim() } : {});

/** The request body of each step from the dialog's values (the API validates them). */
function bodyOf(step: PlanStepKey, v: Record<string, string>): object {
  switch (step) {
    case 'start':
      return {
        drafterUnitHeadId: v.drafterUnitHeadId,
        formatCheckerId: v.formatCheckerId,
        signerId: v.signerId,
        signingCapacity: v.signingCapacity,
        ...optional('clerkId', v.clerkId),
        ...optional('defaultDueDate', v.defaultDueDate),
      };
    case 'edit':
      return { summary: v.summary };
    case 'consultation':
      return { invitees: (v.invitees ?? '').split(',').filter(Boolean), closesAt: endOfDayInVietnam(v.closesOn ?? '') };
    case 'consultation/reply':
      return { comment: v.comment };
    case 'review-approve':
      return { decision: 'approve' };
    case 'review-return':
      return { decision: 'return', reason: v.reason, ...(v.comment?.trim() ? { comments: [v.comment] } : {}) };
    case 'sign':
      return { capacity: v.capacity };
    case 'number':
      return v.number?.trim() ? { number: Number(v.number) } : {};
    case 'issue':
      return { recipients: lines(v.recipients) };
    case 'withdraw':
    case 'recall':
      return { reason: v.reason };
    case 'amend':
      // The amending plan moves one row's deadline; removals and added rows go through the API.
      return {
        reason: v.reason,
        drafterUnitHeadId: v.drafterUnitHeadId,
        formatCheckerId: v.formatCheckerId,
        signerId: v.signerId,
        dueDates: [{ responsibilityId: v.responsibilityId, dueDate: v.dueDate }],
      };
    case 'consultation/close':
    case 'submit-for-review':
    case 'approve':
    case 'seal':
      return {};
  }
}

/** The API route of a step under `/api/plans/:id/actions/`. */
const ROUTE: Record<Exclude<PlanStepKey, 'start' | 'amend'>, Parameters<Client['planAction']>[1]> = {
  edit: 'edit',
  consultation: 'consultation',
  'consultation/reply': 'consultation/reply',
  'consultation/close': 'consultation/close',
  'submit-for-review': 'submit-for-review',
  'review-approve': 'review',
  'review-return': 'review',
  approve: 'approve',
  sign: 'sign',
  number: 'number',
  seal: 'seal',
  issue: 'issue',
  withdraw: 'withdraw',
  recall: 'recall',
};

const OUTLINED: PlanStepKey[] = ['review-return', 'withdraw', 'recall', 'seal', 'edit'];

function noticesOf(a: AllowedPlanAction): NonNullable<ActionSpec['notices']> {
  const n = a.notes ?? {};
  return [
    ...(n.voidsApproval
      ? [
          {
            key: 'dondoc.plan_page.notes.voids_approval',
            args: { revision: n.voidsApproval },
            severity: 'warning' as const,
          },
        ]
      : []),
    ...(n.symbol ? [{ key: 'dondoc.plan_page.notes.symbol', args: { symbol: n.symbol } }] : []),
    ...(n.capacity ? [{ key: 'dondoc.plan_page.notes.capacity', args: { capacity: n.capacity } }] : []),
  ];
}

/** A plan step the API listed, as a pessimistic action button's spec (only the API decides what is listed). */
export interface PlanActionButton {
  spec: ActionSpec;
  /** The Vietnamese reason when the step is refused now (the button is shown disabled). */
  refused?: string;
}

/**
 * The plan page's buttons from `GET /api/plans/:id/allowed-actions`: labels, inputs, initial values
 * and notes come from the API's answer; the console only turns dialog values into request bodies.
 */
export function planActionButtons(
  allowed: readonly AllowedPlanAction[],
  client: Client,
  planId: string,
): PlanActionButton[] {
  return allowed.map((a) => {
    const fields: ActionField[] = a.inputs.map((i) => ({
      name: i.name,
      label: SHARED_FIELDS[i.name] ?? `dondoc.plan_page.fields.${i.name}`,
      kind: i.kind,
      required: i.required,
      ...(i.choices ? { choices: i.choices } : {}),
    }));
    const spec: ActionSpec = {
      key: a.action.replace('/', '-'),
      label: a.labelKey,
      ...(OUTLINED.includes(a.action) ? { variant: 'outlined' as const } : {}),
      ...(fields.length ? { fields } : {}),
      ...(a.initial ? { initial: a.initial } : {}),
      notices: noticesOf(a),
      run: (values, key) =>
        a.action === 'start'
          ? client.startPlanWorkflow(planId, bodyOf('start', values), key)
          : a.action === 'amend'
            ? (client.amendPlan?.(planId, bodyOf('amend', values), key) ?? Promise.reject(new Error('amendPlan')))
            : client.planAction(planId, ROUTE[a.action], bodyOf(a.action, values), key),
    };
    return a.allowed ? { spec } : { spec, refused: a.reason ?? a.code ?? '—' };
  });
}
