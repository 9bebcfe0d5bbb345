import { stepKind, stepMark } from './step-label';

describe('escalation step labels', () => {
  it.each<[number, string, string]>([
    [-5, 'T−5', 'reminder'],
    [-1, 'T−1', 'reminder'],
    [0, 'T+0', 'overdue'],
    [3, 'T+3', 'escalation'],
  ])('%i working days → %s (%s)', (offset, mark, kind) => {
    expect(stepMark(offset)).toBe(mark);
    expect(stepKind(offset)).toBe(kind);
  });
});
