import { type InstantInput, toInstant } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';

/**
 * Signing capacities of Decree 30 Art. 13: TM. (for a collective body), KT. (deputy for the head),
 * TUQ. (under a written, time-limited authorisation, never passed on), TL. (by order of the head),
 * Q. (acting head while the post is vacant); `head` is the head signing in their own name.
 */
export type SigningCapacity = 'TM' | 'KT' | 'TUQ' | 'TL' | 'Q' | 'head';

/** The prefix written in the signature block ("TM.", "KT.", …; none for `head`). */
export const SIGNING_CAPACITY_PREFIX: Readonly<Record<SigningCapacity, string>> = { TM: 'TM.', KT: 'KT.', TUQ: 'TUQ.', TL: 'TL.', Q: 'Q.', head: '' };

/** A person's recorded power to sign for an agency (plain data from the organisation registry). */
export interface SigningAuthority {
  id: string;
  personId: string;
  agencyId: string;
  capacity: SigningCapacity;
  validFrom: InstantInput;
  /** Exclusive end; required for TUQ. (time-limited). */
  validUntil?: InstantInput | null;
  /** Document types it covers ("KH", …); absent = all. */
  documentTypes?: string[];
  /** For TUQ.: the capacity under which the grantor held the power. A TUQ. grantor means re-delegation. */
  grantedUnder?: SigningCapacity;
  /** Whether the holder may pass it on; never true for TUQ. */
  canRedelegate?: boolean;
}

/** What is about to be signed, by whom and in which capacity. */
export interface SigningRequest {
  signerId: string;
  agencyId: string;
  documentType: string;
  capacity: SigningCapacity;
}

/**
 * Checks a signature against the signer's authority at `now`: the record must belong to the signer
 * and the agency, cover the document type, match the capacity, be valid at that instant; a TUQ.
 * must be time-limited and not re-delegated. Returns the refusal, or null when it may sign.
 */
export function checkSigningAuthority(request: SigningRequest, authority: SigningAuthority | undefined, now: InstantInput): DomainError | null {
  const details = { signerId: request.signerId, capacity: request.capacity, authorityId: authority?.id };
  if (!authority || authority.personId !== request.signerId || authority.agencyId !== request.agencyId) {
    return new DomainError(DomainErrorCode.SigningAuthorityMissing, details);
  }
  if (authority.documentTypes && !authority.documentTypes.includes(request.documentType)) {
    return new DomainError(DomainErrorCode.SigningAuthorityMissing, details, `không bao gồm loại văn bản ${request.documentType}`);
  }
  if (authority.capacity !== request.capacity) {
    return new DomainError(DomainErrorCode.SigningCapacityMismatch, details, `được giao ${SIGNING_CAPACITY_PREFIX[authority.capacity] || 'ký trực tiếp'}, không phải ${SIGNING_CAPACITY_PREFIX[request.capacity] || 'ký trực tiếp'}`);
  }
  if (authority.capacity === 'TUQ') {
    if (authority.grantedUnder === 'TUQ' || authority.canRedelegate) return new DomainError(DomainErrorCode.TuqRedelegated, details);
    if (!authority.validUntil) return new DomainError(DomainErrorCode.SigningAuthorityMissing, details, 'ủy quyền (TUQ.) phải có thời hạn');
  }
  const t = toInstant(now).getTime();
  if (t < toInstant(authority.validFrom).getTime() || (authority.validUntil && t >= toInstant(authority.validUntil).getTime())) {
    return new DomainError(DomainErrorCode.SigningAuthorityExpired, details);
  }
  return null;
}
