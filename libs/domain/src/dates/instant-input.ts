import { DomainError, DomainErrorCode } from '../errors';

/**
 * An instant as callers hold it: a Date, an ISO string with offset (what a Date becomes after a trip
 * through a Temporal payload or JSON), or epoch milliseconds.
 */
export type InstantInput = Date | string | number;

/** Normalises an {@link InstantInput} to a Date; refuses unparseable input. */
export function toInstant(input: InstantInput): Date {
  const d = input instanceof Date ? new Date(input.getTime()) : new Date(input);
  if (Number.isNaN(d.getTime())) throw new DomainError(DomainErrorCode.InvalidDateFormat, { input: String(input) }, String(input));
  if (typeof input === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/.test(input)) {
    // A bare "2024-06-05T10:00" would be read in the host's zone: refuse rather than guess.
    throw new DomainError(DomainErrorCode.InvalidDateFormat, { input }, `${input} (thiếu múi giờ)`);
  }
  return d;
}
