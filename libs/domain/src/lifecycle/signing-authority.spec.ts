import { DomainErrorCode } from '../errors';
import { checkSigningAuthority, type SigningAuthority, type SigningRequest } from './signing-authority';

const base: SigningAuthority = {
  id: 'a1',
  personId: 'p1',
  agencyId: 'ubnd',
  capacity: 'TUQ',
  validFrom: '2024-03-01T00:00:00+07:00',
  validUntil: '2024-04-01T00:00:00+07:00',
  grantedUnder: 'head',
};
const req: SigningRequest = { signerId: 'p1', agencyId: 'ubnd', documentType: 'KH', capacity: 'TUQ' };

describe('checkSigningAuthority (Decree 30 Art. 13)', () => {
  it.each<[string, SigningRequest, SigningAuthority | undefined, string, DomainErrorCode | null]>([
    ['valid TUQ inside its window', req, base, '2024-03-15T03:00:00Z', null],
    ['TUQ before its window', req, base, '2024-02-29T16:59:59Z', DomainErrorCode.SigningAuthorityExpired],
    ['TUQ at its end (exclusive)', req, base, '2024-03-31T17:00:00Z', DomainErrorCode.SigningAuthorityExpired],
    ['TUQ re-delegated (grantor held TUQ)', req, { ...base, grantedUnder: 'TUQ' }, '2024-03-15T03:00:00Z', DomainErrorCode.TuqRedelegated],
    ['TUQ marked re-delegable', req, { ...base, canRedelegate: true }, '2024-03-15T03:00:00Z', DomainErrorCode.TuqRedelegated],
    ['TUQ without a time limit', req, { ...base, validUntil: null }, '2024-03-15T03:00:00Z', DomainErrorCode.SigningAuthorityMissing],
    ['no authority', req, undefined, '2024-03-15T03:00:00Z', DomainErrorCode.SigningAuthorityMissing],
    ['someone else’s authority', { ...req, signerId: 'p2' }, base, '2024-03-15T03:00:00Z', DomainErrorCode.SigningAuthorityMissing],
    ['another agency', { ...req, agencyId: 'so-nn' }, base, '2024-03-15T03:00:00Z', DomainErrorCode.SigningAuthorityMissing],
    ['document type out of scope', req, { ...base, documentTypes: ['CV'] }, '2024-03-15T03:00:00Z', DomainErrorCode.SigningAuthorityMissing],
    ['capacity mismatch (KT record, TM requested)', { ...req, capacity: 'TM' }, { ...base, capacity: 'KT' }, '2024-03-15T03:00:00Z', DomainErrorCode.SigningCapacityMismatch],
    ['Q. acting head with open-ended record', { ...req, capacity: 'Q' }, { ...base, capacity: 'Q', validUntil: null }, '2025-03-15T03:00:00Z', null],
    ['TL. expired', { ...req, capacity: 'TL' }, { ...base, capacity: 'TL' }, '2024-05-01T00:00:00Z', DomainErrorCode.SigningAuthorityExpired],
  ])('%s', (_label, request, authority, now, code) => {
    expect(checkSigningAuthority(request, authority, now)?.code ?? null).toBe(code);
  });
});
