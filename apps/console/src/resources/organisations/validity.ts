import type { Organisation } from '@dondoc/contracts';

export type ValidityState = 'current' | 'expired' | 'upcoming';

/** Validity on a Vietnamese calendar day `today` (`YYYY-MM-DD`); `validTo` is the last valid day. */
export function validityState(org: Pick<Organisation, 'validFrom' | 'validTo'>, today: string): ValidityState {
  if (org.validFrom && org.validFrom.slice(0, 10) > today) return 'upcoming';
  if (org.validTo && org.validTo.slice(0, 10) < today) return 'expired';
  return 'current';
}
