/**
 * Environment variable through which jest's globalSetup hands the test cluster's maintenance URL
 * (postgres://…/postgres) to the test workers, which inherit the environment.
 */
export const TEST_POSTGRES_URL_ENV = 'DONDOC_TEST_POSTGRES_URL';

/** Prefixes of the template databases every test database is cloned from (a migration fingerprint follows). */
export const TEMPLATE_DATABASE = 'dondoc_template';
export const SEEDED_TEMPLATE_DATABASE = 'dondoc_template_seeded';
