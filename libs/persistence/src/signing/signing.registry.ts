import { SigningAuthorities1763900000000 } from './migrations/1763900000000-signing-authorities.migration';
import { SigningAuthorityEntity } from './signing-authority.entity';

/** Entities of the signing schema. */
export const SIGNING_ENTITIES = [SigningAuthorityEntity];

/** Migrations of the signing schema, oldest first. */
export const SIGNING_MIGRATIONS = [SigningAuthorities1763900000000];
