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

const libs = ['config', 'domain', 'contracts', 'plan-document', 'persistence', 'temporal-client', 'temporal-server', 'testing'];
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

const tier = (name, testMatch, extra = {}) => ({ ...base, displayName: name, testMatch, ...extra });

module.exports = {
  maxWorkers: 2,
  projects: [
    tier('unit', ['<rootDir>/{libs,apps,workflows,activities}/**/src/**/*.spec.ts']),
    tier('integration', ['<rootDir>/tests/integration/**/*.test.ts']),
    tier('conformance', ['<rootDir>/tests/conformance/**/*.test.ts']),
    tier('workflows', ['<rootDir>/tests/workflows/**/*.test.ts']),
    tier('e2e', ['<rootDir>/tests/e2e/**/*.test.ts']),
    tier('browser', ['<rootDir>/tests/browser/**/*.test.ts']),
  ],
};
