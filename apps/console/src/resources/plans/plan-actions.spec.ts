import type { AllowedPlanAction } from './allowed-actions.types';
import { planActionButtons } from './plan-actions';

const calls: unknown[][] = [];
const client = {
  planAction: async (...args: unknown[]) => void calls.push(['action', ...args]),
  startPlanWorkflow: async (...args: unknown[]) => void calls.push(['start', ...args]),
} as never;

const action = (over: Partial<AllowedPlanAction> & Pick<AllowedPlanAction, 'action'>): AllowedPlanAction => ({
  labelKey: `label.${over.action}`,
  allowed: true,
  inputs: [],
  ...over,
});

describe('planActionButtons', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('shows exactly what the API listed, refused ones with their reason', () => {
    const buttons = planActionButtons(
      [
        action({ action: 'seal' }),
        action({ action: 'issue', allowed: false, code: 'SEAL_MISSING', reason: 'Văn bản chưa được đóng dấu' }),
      ],
      client,
      'p1',
    );
    expect(buttons.map((b) => [b.spec.key, b.refused])).toEqual([
      ['seal', undefined],
      ['issue', 'Văn bản chưa được đóng dấu'],
    ]);
    expect(planActionButtons([], client, 'p1')).toEqual([]);
  });

  it('starts the lifecycle through the workflow route, without empty optional fields', async () => {
    const [start] = planActionButtons(
      [action({ action: 'start', inputs: [{ name: 'signerId', kind: 'select', required: true }] })],
      client,
      'p1',
    );
    expect(start!.spec.fields).toEqual([
      { name: 'signerId', label: 'dondoc.plan_page.fields.signerId', kind: 'select', required: true },
    ]);
    await start!.spec.run(
      {
        drafterUnitHeadId: 'u1',
        formatCheckerId: 'u2',
        signerId: 'u3',
        signingCapacity: 'KT',
        clerkId: '',
        defaultDueDate: '2027-06-30',
      },
      'k1',
    );
    expect(calls).toEqual([
      [
        'start',
        'p1',
        {
          drafterUnitHeadId: 'u1',
          formatCheckerId: 'u2',
          signerId: 'u3',
          signingCapacity: 'KT',
          defaultDueDate: '2027-06-30',
        },
        'k1',
      ],
    ]);
  });

  it('sends a consultation with its invitees and the end of the deadline day in Vietnam', async () => {
    const [consult] = planActionButtons([action({ action: 'consultation' })], client, 'p1');
    await consult!.spec.run({ invitees: 'o1,o2', closesOn: '2026-12-01' }, 'k2');
    expect(calls).toEqual([
      ['action', 'p1', 'consultation', { invitees: ['o1', 'o2'], closesAt: '2026-12-01T17:00:00.000Z' }, 'k2'],
    ]);
  });

  it('maps review, reply, number and issue to their routes and bodies', async () => {
    const buttons = planActionButtons(
      [
        action({ action: 'review-approve' }),
        action({ action: 'consultation/reply' }),
        action({ action: 'number', notes: { symbol: '125/KH-UBND' } }),
        action({ action: 'issue' }),
      ],
      client,
      'p1',
    );
    expect(buttons.map((b) => b.spec.key)).toEqual(['review-approve', 'consultation-reply', 'number', 'issue']);
    expect(buttons[2]!.spec.notices).toEqual([
      { key: 'dondoc.plan_page.notes.symbol', args: { symbol: '125/KH-UBND' } },
    ]);
    await buttons[0]!.spec.run({}, 'a');
    await buttons[1]!.spec.run({ comment: 'Đồng ý' }, 'b');
    await buttons[2]!.spec.run({ number: '' }, 'c');
    await buttons[3]!.spec.run({ recipients: 'Như trên;\n\n Lưu: VT. ' }, 'd');
    expect(calls).toEqual([
      ['action', 'p1', 'review', { decision: 'approve' }, 'a'],
      ['action', 'p1', 'consultation/reply', { comment: 'Đồng ý' }, 'b'],
      ['action', 'p1', 'number', {}, 'c'],
      ['action', 'p1', 'issue', { recipients: ['Như trên;', 'Lưu: VT.'] }, 'd'],
    ]);
  });

  it('warns before an edit that voids the approval', () => {
    const [edit] = planActionButtons([action({ action: 'edit', notes: { voidsApproval: '2' } })], client, 'p1');
    expect(edit!.spec.notices).toEqual([
      { key: 'dondoc.plan_page.notes.voids_approval', args: { revision: '2' }, severity: 'warning' },
    ]);
  });
});

describe('planActionButtons: amendment', () => {
  it('drafts the amending plan through its own route, moving the chosen row’s deadline', async () => {
    const amendCalls: unknown[][] = [];
    const withAmend = { ...(client as object), amendPlan: async (...args: unknown[]) => void amendCalls.push(args) } as never;
    const [amend] = planActionButtons([action({ action: 'amend' })], withAmend, 'p1');
    await amend!.spec.run(
      { reason: 'Lùi hạn', drafterUnitHeadId: 'h', formatCheckerId: 'f', signerId: 's', responsibilityId: 'r1', dueDate: '2027-09-30' },
      'k1',
    );
    expect(amendCalls).toEqual([
      ['p1', { reason: 'Lùi hạn', drafterUnitHeadId: 'h', formatCheckerId: 'f', signerId: 's', dueDates: [{ responsibilityId: 'r1', dueDate: '2027-09-30' }] }, 'k1'],
    ]);
  });
});
