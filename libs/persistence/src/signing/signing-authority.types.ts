/** Signing capacities of Decree 30 Art. 13 (`@dondoc/domain`'s `SigningCapacity`); also a CHECK constraint. */
export const SIGNING_CAPACITIES = ['TM', 'KT', 'TUQ', 'TL', 'Q', 'head'] as const;
export type SigningCapacityValue = (typeof SIGNING_CAPACITIES)[number];

/** A TUQ. authorisation is time-limited and never passed on (Decree 30 Art. 13). */
export const TUQ_CHECK = `capacity <> 'TUQ' OR (valid_until IS NOT NULL AND NOT can_redelegate AND (granted_under IS NULL OR granted_under <> 'TUQ'))`;
