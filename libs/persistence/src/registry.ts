import type { MigrationInterface } from 'typeorm';
import { FOUNDATION_ENTITIES, FOUNDATION_MIGRATIONS } from './foundation.registry';
import { PLAN_ENTITIES, PLAN_MIGRATIONS } from './plans/plans.registry';
import { CHASE_ENTITIES, CHASE_MIGRATIONS } from './chase/chase.registry';
import { CALENDAR_ENTITIES, CALENDAR_MIGRATIONS } from './calendar/calendar.registry';
import { FILE_ENTITIES, FILE_MIGRATIONS } from './files/files.registry';
import { ESCALATION_ENTITIES, ESCALATION_MIGRATIONS } from './escalation/escalation.registry';
import { MAIL_ENTITIES, MAIL_MIGRATIONS } from './mail/mail.registry';
import { SIGNING_ENTITIES, SIGNING_MIGRATIONS } from './signing/signing.registry';

/** An entity class. */
export type EntityClass = new () => object;
/** A migration class. */
export type MigrationClass = new () => MigrationInterface;

// The one place where each module's entities and migrations are joined. A module (e.g. plans/)
// exports its own `XXX_ENTITIES` / `XXX_MIGRATIONS` arrays; add them here, after the ones they
// depend on. Migrations run in timestamp order regardless, but keep this list readable.

/** Every entity class known to the data source. */
export const ENTITIES: EntityClass[] = [...FOUNDATION_ENTITIES, ...PLAN_ENTITIES, ...CHASE_ENTITIES, ...FILE_ENTITIES, ...CALENDAR_ENTITIES, ...SIGNING_ENTITIES, ...MAIL_ENTITIES, ...ESCALATION_ENTITIES];

/** Every migration class, in the order they were written. */
export const MIGRATIONS: MigrationClass[] = [...FOUNDATION_MIGRATIONS, ...PLAN_MIGRATIONS, ...CHASE_MIGRATIONS, ...FILE_MIGRATIONS, ...CALENDAR_MIGRATIONS, ...SIGNING_MIGRATIONS, ...MAIL_MIGRATIONS, ...ESCALATION_MIGRATIONS];
