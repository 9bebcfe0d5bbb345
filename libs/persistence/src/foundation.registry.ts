import { AuditEventEntity } from './audit/audit-event.entity';
import { Foundation1763683200000 } from './migrations/1763683200000-foundation.migration';
import { AdministrativeUnitSuccessionEntity } from './organisations/administrative-unit-succession.entity';
import { AdministrativeUnitEntity } from './organisations/administrative-unit.entity';
import { OrganisationSuccessionEntity } from './organisations/organisation-succession.entity';
import { OrganisationEntity } from './organisations/organisation.entity';
import { PositionEntity } from './organisations/position.entity';
import { UserEntity } from './users/user.entity';

/** Entities of the foundation schema. */
export const FOUNDATION_ENTITIES = [
  AdministrativeUnitEntity,
  AdministrativeUnitSuccessionEntity,
  OrganisationEntity,
  OrganisationSuccessionEntity,
  PositionEntity,
  UserEntity,
  AuditEventEntity,
];

/** Migrations of the foundation schema, oldest first. */
export const FOUNDATION_MIGRATIONS = [Foundation1763683200000];
