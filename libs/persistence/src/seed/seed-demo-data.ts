import type { DataSource, EntityManager } from 'typeorm';
import { recordAuditEvent } from '../audit/record-audit-event';
import { AdministrativeUnitSuccessionEntity } from '../organisations/administrative-unit-succession.entity';
import { AdministrativeUnitEntity } from '../organisations/administrative-unit.entity';
import { OrganisationSuccessionEntity } from '../organisations/organisation-succession.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PositionEntity } from '../organisations/position.entity';
import { SigningAuthorityEntity } from '../signing/signing-authority.entity';
import { hashPassword } from '../users/password-hasher';
import { UserEntity } from '../users/user.entity';
import {
  DEMO_ORGANISATION_SUCCESSIONS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_POSITIONS,
  DEMO_SIGNING_AUTHORITIES,
  DEMO_UNIT_SUCCESSIONS,
  DEMO_UNITS,
  DEMO_USERS,
} from './demo-data';

/** What a seed run did: how many rows it created (0 everywhere on a second run). */
export interface SeedReport {
  units: number;
  organisations: number;
  positions: number;
  users: number;
  successions: number;
}

/**
 * Creates the demo commune, its organisations, positions and the demo logins (password
 * {@link DEMO_PASSWORD}). Idempotent: rows are keyed on their codes / usernames and only missing
 * ones are inserted, so running it twice changes nothing and never overwrites edits.
 * Runs in one transaction, serialised by an advisory lock, and audits what it creates.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (m) => {
    // Two processes seeding at once (e.g. API and CLI) must not both insert.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('dondoc.seed-demo-data'))`);
    const report: SeedReport = { units: 0, organisations: 0, positions: 0, users: 0, successions: 0 };

    const unitIds = new Map<string, string>();
    for (const u of DEMO_UNITS) {
      const { id, created } = await ensure(m, AdministrativeUnitEntity, { code: u.code }, () => ({
        code: u.code,
        name: u.name,
        level: u.level,
        parentId: u.parent ? must(unitIds, u.parent) : null,
        validFrom: u.validFrom ?? null,
        validTo: u.validTo ?? null,
      }));
      unitIds.set(u.code, id);
      report.units += created ? 1 : 0;
    }
    for (const s of DEMO_UNIT_SUCCESSIONS) {
      const key = { predecessorId: must(unitIds, s.predecessor), successorId: must(unitIds, s.successor) };
      const { created } = await ensure(m, AdministrativeUnitSuccessionEntity, key, () => ({
        ...key,
        kind: s.kind,
        effectiveOn: s.effectiveOn,
        basis: s.basis,
      }));
      report.successions += created ? 1 : 0;
    }

    const orgIds = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const { id, created } = await ensure(m, OrganisationEntity, { code: o.code }, () => ({
        code: o.code,
        name: o.name,
        shortName: o.shortName ?? null,
        kind: o.kind,
        unitId: must(unitIds, o.unit),
        parentId: o.parent ? must(orgIds, o.parent) : null,
        aliases: o.aliases ?? [],
        isStateAdministrative: o.isStateAdministrative,
        validFrom: o.validFrom ?? null,
        validTo: o.validTo ?? null,
      }));
      orgIds.set(o.code, id);
      report.organisations += created ? 1 : 0;
    }
    for (const s of DEMO_ORGANISATION_SUCCESSIONS) {
      const key = { predecessorId: must(orgIds, s.predecessor), successorId: must(orgIds, s.successor) };
      const { created } = await ensure(m, OrganisationSuccessionEntity, key, () => ({
        ...key,
        kind: s.kind,
        effectiveOn: s.effectiveOn,
        scope: s.scope,
        basis: s.basis,
      }));
      report.successions += created ? 1 : 0;
    }

    const positionIds = new Map<string, string>();
    for (const p of DEMO_POSITIONS) {
      const { id, created } = await ensure(m, PositionEntity, { code: p.code }, () => ({
        code: p.code,
        title: p.title,
        portfolio: p.portfolio ?? null,
        organisationId: must(orgIds, p.organisation),
      }));
      positionIds.set(p.code, id);
      report.positions += created ? 1 : 0;
    }

    // Hash once: argon2 is deliberately slow and every demo login shares the password.
    let hash: string | undefined;
    for (const u of DEMO_USERS) {
      if (await m.existsBy(UserEntity, { username: u.username })) continue;
      hash ??= await hashPassword(DEMO_PASSWORD);
      const row = {
        username: u.username,
        fullName: u.fullName,
        email: null,
        passwordHash: hash,
        roles: u.roles,
        organisationId: must(orgIds, u.organisation),
        positionId: u.position ? must(positionIds, u.position) : null,
        active: true,
      };
      const result = await m.insert(UserEntity, row);
      const id = String((result.identifiers[0] as { id: string }).id);
      const { passwordHash: _omit, ...safe } = row;
      await recordAuditEvent(m, {
        actorId: null,
        action: 'user.create',
        objectType: 'user',
        objectId: id,
        after: { id, ...safe },
        requestId: 'seed',
      });
      report.users += 1;
    }

    // The demo leaders may sign (TM. / KT.); keyed on person, agency and capacity; not counted in the report.
    for (const a of DEMO_SIGNING_AUTHORITIES) {
      const person = await m.findOne(UserEntity, { where: { username: a.username }, select: { id: true } });
      if (!person) continue;
      const key = { personId: person.id, agencyId: must(orgIds, a.agency), capacity: a.capacity };
      await ensure(m, SigningAuthorityEntity, key, () => ({
        ...key,
        positionId: a.position ? must(positionIds, a.position) : null,
        documentTypes: null,
        validFrom: new Date(a.validFrom),
        validUntil: null,
        grantedBy: null,
        grantedUnder: null,
        canRedelegate: false,
        basis: a.basis,
      }));
    }
    return report;
  });
}

type Ctor<T> = new () => T;

/** Inserts a row unless one matching `key` exists; audits the insertion. */
async function ensure<T extends { id: string }>(
  m: EntityManager,
  entity: Ctor<T>,
  key: Partial<Record<keyof T, unknown>>,
  make: () => Partial<T>,
): Promise<{ id: string; created: boolean }> {
  const existing = await m.findOne(entity, { where: key as never, select: { id: true } as never });
  if (existing) return { id: existing.id, created: false };
  const values = make();
  const result = await m.insert(entity, values as never);
  const id = String((result.identifiers[0] as { id: string }).id);
  const objectType = m.connection.getMetadata(entity).tableName.replace(/ies$/, 'y').replace(/s$/, '');
  await recordAuditEvent(m, {
    actorId: null,
    action: `${objectType}.create`,
    objectType,
    objectId: id,
    after: { id, ...values },
    requestId: 'seed',
  });
  return { id, created: true };
}

function must(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`seed: unknown reference "${code}"`);
  return id;
}
