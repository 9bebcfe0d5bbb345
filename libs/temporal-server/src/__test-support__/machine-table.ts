import { IllegalTransitionError, type Machine } from '../engine/machine';

/** Expected rows: [from, action, to]. */
export type Rows<S extends string, A extends string> = ReadonlyArray<readonly [S, A, S]>;

/**
 * Declares one test per expected transition row, plus one test asserting every other (state, action) pair is
 * illegal — so adding, removing or changing a row in the machine fails the spec.
 */
export function describeMachine<S extends string, A extends string>(machine: Machine<S, A>, states: readonly S[], actions: readonly A[], rows: Rows<S, A>): void {
  describe(`${machine.name} machine`, () => {
    it.each(rows.map((r) => [...r]))('%s --%s--> %s', (from, action, to) => {
      expect(machine.can(from as S, action as A)).toBe(true);
      expect(machine.next(from as S, action as A)).toBe(to);
    });
    it('rejects every transition not in the table', () => {
      const legal = new Set(rows.map(([f, a]) => `${f}/${a}`));
      for (const s of states) {
        for (const a of actions) {
          if (legal.has(`${s}/${a}`)) continue;
          expect(machine.can(s, a)).toBe(false);
          expect(() => machine.next(s, a)).toThrow(IllegalTransitionError);
        }
      }
    });
  });
}
