/**
 * A List Filter query that cannot be parsed or does not fit the namespace's attributes. The server answers
 * INVALID_ARGUMENT with this message.
 */
export class VisibilityQueryError extends Error {
  constructor(
    message: string,
    /** Character offset in the query text where the problem was found, when known. */
    readonly position?: number,
  ) {
    super(position === undefined ? `invalid query: ${message}` : `invalid query: ${message} (at offset ${position})`);
    this.name = 'VisibilityQueryError';
  }
}
