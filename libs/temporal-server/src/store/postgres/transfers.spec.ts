import type { StoredTransfer } from '../execution-store';
import { transferOf, transferStatements } from './transfers';

const t = (id: string): StoredTransfer => ({ id, kind: 'startChild', runId: 'run-1', eventId: 5, target: { namespace: 'default', workflowId: 'child' } });

describe('transferStatements (the transfers table writes of a batch)', () => {
  it('writes nothing for a batch without transfers', () => {
    expect(transferStatements('"temporal"', undefined)).toEqual([]);
    expect(transferStatements('"temporal"', [])).toEqual([]);
  });

  it('deletes the done ones, then inserts the owed ones (last op per id wins)', () => {
    const stmts = transferStatements('"temporal"', [{ id: 'a', transfer: t('a') }, { id: 'b' }, { id: 'c', transfer: t('c') }, { id: 'c' }]);
    expect(stmts).toHaveLength(2);
    expect(stmts[0]![0]).toMatch(/^DELETE FROM "temporal".transfers/);
    expect(stmts[0]![1]).toEqual([['b', 'c']]);
    expect(stmts[1]![0]).toMatch(/^INSERT INTO "temporal".transfers/);
    expect(stmts[1]![1]).toEqual([['a'], ['run-1'], [JSON.stringify(t('a'))]]);
  });

  it('reads a row back as the transfer', () => {
    expect(transferOf({ data: t('a') })).toEqual(t('a'));
    expect(transferOf({ data: JSON.stringify(t('a')) })).toEqual(t('a'));
  });
});
