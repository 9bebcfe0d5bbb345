import type { MigrationInterface } from 'typeorm';
import { FOUNDATION_ENTITIES, FOUNDATION_MIGRATIONS } from './foundation.registry';
import { PLAN_ENTITIES, PLAN_MIGRATIONS } from './plans/plans.registry';
import { CHASE_ENTITIES, CHASE_MIGRATIONS } from './chase/chase.registry';

/** An entity class. */
export type EntityClass = new () => object;
/** A migration class. */
export type MigrationClass = new () => MigrationInterface;

// The one place where each module's entities and migrations are joined. A module (e.g. plans/)
// exports its own `XXX_ENTITIES` / `XXX_MIGRATIONS` arrays; add them here, after the ones they
// depend on. Migrations run in timestamp order regardless, but keep this list readable.

/** Every entity class known to the data source. */
export const ENTITIES: EntityClass[] = [...FOUNDATION_ENTITIES, ...PLAN_ENTITIES, ...CHASE_ENTITIES];

/** Every migration class, in the order they were written. */
export const MIGRATIONS: MigrationClass[] = [...FOUNDATION_MIGRATIONS, ...PLAN_MIGRATIONS, ...CHASE_MIGRATIONS];
