import { Code, ServerError } from '../errors/server-error';

/** A transition table: state → action → next state. Absent rows are illegal transitions. */
export type TransitionTable<S extends string, A extends string> = Readonly<Record<S, Readonly<Partial<Record<A, S>>>>>;

/** Raised for an action that is not legal in the current state (e.g. completing a task twice). */
export class IllegalTransitionError extends ServerError {
  constructor(
    readonly machine: string,
    readonly from: string,
    readonly action: string,
    code: (typeof Code)[keyof typeof Code] = Code.NOT_FOUND,
  ) {
    super(code, `${machine}: ${action} is not allowed in state ${from}`);
  }
}

/** A named, table-driven state machine: `next` looks the row up or throws. */
export interface Machine<S extends string, A extends string> {
  readonly name: string;
  readonly table: TransitionTable<S, A>;
  next(from: S, action: A): S;
  can(from: S, action: A): boolean;
}

/** Builds a machine over a table; illegal transitions raise `code` (NOT_FOUND by default: a stale task or closed entity). */
export function defineMachine<S extends string, A extends string>(
  name: string,
  table: TransitionTable<S, A>,
  code: (typeof Code)[keyof typeof Code] = Code.NOT_FOUND,
): Machine<S, A> {
  return {
    name,
    table,
    can: (from, action) => table[from]?.[action] !== undefined,
    next: (from, action) => {
      const to = table[from]?.[action];
      if (to === undefined) throw new IllegalTransitionError(name, from, action, code);
      return to;
    },
  };
}
