export * from './test-postgres.env';
export * from './test-database';
