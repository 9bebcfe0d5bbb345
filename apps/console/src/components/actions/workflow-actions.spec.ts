import type { InboxItem } from '@dondoc/contracts';
import { endOfDayInVietnam, inboxActionsFor, planActionSpecs } from './workflow-actions';

const calls: unknown[][] = [];
const client = {
  planAction: async (...args: unknown[]) => void calls.push(['plan', ...args]),
  taskAction: async (...args: unknown[]) => void calls.push(['task', ...args]),
} as never;

const keys = (specs: { key: string }[]) => specs.map((s) => s.key);

describe('planActionSpecs', () => {
  const specs = planActionSpecs(client, 'p1');
  it('sends the return reason and the click key', async () => {
    calls.length = 0;
    await specs.reviewReturn.run({ reason: 'Bổ sung', comment: '' }, 'k1');
    expect(calls).toEqual([['plan', 'p1', 'review', { decision: 'return', reason: 'Bổ sung' }, 'k1']]);
  });
});

describe('inboxActionsFor', () => {
  const item = (over: Partial<InboxItem>): InboxItem =>
    ({ kind: 'task', planId: 'p1', workflowId: 'task:p1:r1:o1', action: 'report', ...over }) as InboxItem;
  it('offers the step the item asks for', () => {
    expect(keys(inboxActionsFor(item({ kind: 'plan', action: 'approve' }), client))).toEqual(['approve', 'review-return']);
    expect(keys(inboxActionsFor(item({ action: 'report' }), client))).toEqual(['progress', 'submit', 'extension']);
    expect(keys(inboxActionsFor(item({ action: 'accept' }), client))).toEqual(['accept', 'task-return']);
    expect(inboxActionsFor(item({ kind: 'duty', action: 'submitReport' }), client)).toEqual([]);
  });
});

describe('endOfDayInVietnam', () => {
  it('is 17:00 UTC of the day', () => expect(endOfDayInVietnam('2027-06-30')).toBe('2027-06-30T17:00:00.000Z'));
});
