export * from './start-embedded-postgres';
export * from './ensure-database';
export * from './open-database';
