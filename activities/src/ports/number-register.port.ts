/** A request for a document number from an agency's outgoing register. */
export interface NumberReservation {
  agencyId: string;
  year: number;
  /** A number the clerk chose; otherwise the next free one. */
  requested?: number;
  /** Idempotency key (plan + revision): a retried reservation returns the same number. */
  reservationKey: string;
}

/**
 * The outgoing register per issuing agency and calendar year (Decree 30 Art. 15). Refuses a used or
 * voided number with a `DomainError` (`NUMBER_ALREADY_USED`).
 */
export interface NumberRegister {
  reserve(reservation: NumberReservation): Promise<number>;
}
