// One jest run, one project per test tier. Unit tests sit next to the code; the other tiers live in tests/.
// Tests import workspace packages from source (moduleNameMapper); spawned processes run the built dist/.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const libs = [
  'config',
  'domain',
  'contracts',
  'plan-document',
  'persistence',
  'temporal-client',
  'temporal-server',
  'testing',
];
const moduleNameMapper = {
  ...Object.fromEntries(libs.map((l) => [`^@dondoc/${l}$`, `<rootDir>/libs/${l}/src`])),
  '^@dondoc/workflows$': '<rootDir>/workflows/src',
  '^@dondoc/activities$': '<rootDir>/activities/src',
};

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.data/'],
  watchPathIgnorePatterns: ['<rootDir>/.data/'],
};

// One embedded Postgres per jest run (started once even when several projects list it); each test
// file clones its own database from a migrated template (libs/testing/src/postgres).
const withPostgres = {
  globalSetup: '<rootDir>/libs/testing/src/postgres/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/postgres/jest-global-teardown.ts',
  // Not `testTimeout`: jest ignores it per project (only the global value counts).
  setupFilesAfterEnv: ['<rootDir>/libs/testing/src/postgres/jest-timeout.setup.ts'],
};

const longRunning = { setupFilesAfterEnv: ['<rootDir>/libs/testing/src/jest/long-timeout.setup.ts'] };

const tier = (name, testMatch, extra = {}) => ({ ...base, displayName: name, testMatch, ...extra });

module.exports = {
  maxWorkers: 2,
  projects: [
    tier('unit', ['<rootDir>/{libs,apps,workflows,activities}/**/src/**/*.spec.ts']),
    tier('integration', ['<rootDir>/tests/integration/**/*.test.ts'], withPostgres),
    tier('conformance', ['<rootDir>/tests/conformance/**/*.test.ts'], { ...longRunning, slowTestThreshold: 20 }),
    // The same suite with every server on the durable PostgreSQL store (`--db-filename postgres://…`).
    tier('conformance-durable', ['<rootDir>/tests/conformance/**/*.test.ts'], {
      globalSetup: withPostgres.globalSetup,
      globalTeardown: withPostgres.globalTeardown,
      setupFiles: ['<rootDir>/tests/conformance/support/durable-store.setup.ts'],
      ...longRunning,
      slowTestThreshold: 20,
    }),
    tier('workflows', ['<rootDir>/tests/workflows/**/*.test.ts'], { ...longRunning, slowTestThreshold: 30 }),
    tier('e2e', ['<rootDir>/tests/e2e/**/*.test.ts'], withPostgres),
    tier('browser', ['<rootDir>/tests/browser/**/*.test.ts'], {
      // Real stack per test file: embedded Postgres for the run, @dondoc/api from source like the libs.
      moduleNameMapper: { ...moduleNameMapper, '^@dondoc/api$': '<rootDir>/apps/api/src' },
      globalSetup: '<rootDir>/libs/testing/src/postgres/jest-global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/postgres/jest-global-teardown.ts',
      ...longRunning,
    }),
  ],
};
