import { decideOverlap, OverlapPolicy as P } from './overlap-policy';

describe('overlap policy decision', () => {
  it.each([
    // policy, running, buffered, decision
    [P.UNSPECIFIED, 0, 0, 'buffer'],
    [P.SKIP, 0, 0, 'buffer'],
    [P.SKIP, 1, 0, 'skip'],
    [P.SKIP, 0, 1, 'skip'],
    [P.BUFFER_ONE, 1, 0, 'buffer'],
    [P.BUFFER_ONE, 1, 1, 'skip'],
    [P.BUFFER_ALL, 1, 5, 'buffer'],
    [P.CANCEL_OTHER, 1, 0, 'buffer'],
    [P.TERMINATE_OTHER, 1, 0, 'buffer'],
    [P.ALLOW_ALL, 3, 0, 'buffer'],
  ] as const)('policy %i with %i running and %i buffered → %s', (policy, running, buffered, decision) => {
    expect(decideOverlap(policy, running, buffered)).toBe(decision);
  });
});
