import { type DomainError } from '../errors';

/**
 * Outcome of a pure transition: the next state and the effects the caller must carry out (notify,
 * record, reschedule), or a refusal with a coded, Vietnamese-worded error. Never throws for a
 * business refusal, so workflow update validators and the API can answer at once.
 */
export type Decision<S, E> = { ok: true; next: S; effects: E[] } | { ok: false; error: DomainError };

/** Shorthand constructors. */
export const accept = <S, E>(next: S, effects: E[] = []): Decision<S, E> => ({ ok: true, next, effects });
export const refuse = <S, E>(error: DomainError): Decision<S, E> => ({ ok: false, error });
