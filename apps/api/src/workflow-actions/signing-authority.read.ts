import type { SigningAuthority, SigningCapacity } from '@dondoc/domain';
import type { DataSource } from 'typeorm';

interface AuthorityRow {
  id: string;
  person_id: string;
  agency_id: string;
  capacity: SigningCapacity;
  document_types: string[] | null;
  valid_from: Date;
  valid_until: Date | null;
  granted_under: SigningCapacity | null;
  can_redelegate: boolean;
}

/**
 * The signer's recorded authority for an issuing organisation, as the domain's `SigningAuthority`:
 * the record of the requested capacity valid now if there is one, else the closest one (another
 * capacity, or an expired or future record), so that the workflow's check answers with the precise
 * reason (capacity mismatch, expired) rather than "none". Undefined when the person has no record.
 */
export async function signingAuthorityOf(
  dataSource: Pick<DataSource, 'query'>,
  personId: string,
  agencyId: string,
  capacity: SigningCapacity,
): Promise<SigningAuthority | undefined> {
  const rows = (await dataSource.query(
    `SELECT id, person_id, agency_id, capacity, document_types, valid_from, valid_until, granted_under, can_redelegate
       FROM signing_authorities
      WHERE person_id = $1 AND agency_id::text = $2
      ORDER BY (capacity = $3) DESC,
               (valid_from <= now() AND (valid_until IS NULL OR valid_until > now())) DESC,
               valid_until DESC NULLS FIRST, valid_from DESC
      LIMIT 1`,
    [personId, agencyId, capacity],
  )) as AuthorityRow[];
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: r.id,
    personId: r.person_id,
    agencyId: r.agency_id,
    capacity: r.capacity,
    validFrom: r.valid_from.toISOString(),
    validUntil: r.valid_until ? r.valid_until.toISOString() : null,
    ...(r.document_types ? { documentTypes: r.document_types } : {}),
    ...(r.granted_under ? { grantedUnder: r.granted_under } : {}),
    canRedelegate: r.can_redelegate,
  };
}
