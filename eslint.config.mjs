// Flat config. Dependency zones follow shared/docs/architecture.md: imports point one way,
// workflows stay deterministic, the Temporal engine never sees the transport.
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', 'test-artifacts/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    // One program over sources, specs and tests (package tsconfigs exclude specs from the build).
    languageOptions: { parserOptions: { project: ['./tsconfig.test.json', './apps/console/tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { maxDepth: 8 }],
    },
  },
  // Libraries never reach into apps.
  {
    files: ['libs/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['@dondoc/api', '@dondoc/worker', '@dondoc/cli', '@dondoc/console', '@dondoc/workflows'], message: 'libs must not import apps or workflow code.' }]) },
  },
  // The pure core imports nothing internal and nothing with side effects.
  {
    files: ['libs/domain/src/**/*.ts', 'libs/config/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['@dondoc/*'], message: 'domain and config import nothing internal.' }]) },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['@dondoc/*'], message: 'domain imports nothing internal.' }], nodeBuiltins.map((name) => ({ name, message: 'libs/domain is pure: no I/O.' }))) },
  },
  // Workflows: deterministic. Only @temporalio/workflow, contracts and domain; activities as types only.
  {
    files: ['workflows/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          { group: ['@dondoc/*', '!@dondoc/contracts', '!@dondoc/domain', '!@dondoc/activities'], message: 'workflows import only contracts and domain.' },
          { group: ['@dondoc/activities'], allowTypeImports: true, message: 'activities are imported as types only (proxyActivities<typeof …>).' },
          { group: ['@temporalio/*', '!@temporalio/workflow', '!@temporalio/common'], message: 'workflows use @temporalio/workflow only.' },
        ],
        nodeBuiltins.map((name) => ({ name, message: 'workflows are deterministic: no Node builtins.' })),
      ),
      'no-restricted-globals': ['error', { name: 'setTimeout', message: 'use sleep() from @temporalio/workflow' }, { name: 'setInterval', message: 'use sleep() in a loop' }],
    },
  },
  // The API never imports workflow code; it talks to workflows through contracts.
  {
    files: ['apps/api/src/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['@dondoc/workflows', '@dondoc/worker', '@dondoc/cli'], message: 'the API starts workflows by contract, never by importing them.' }]) },
  },
  // The console shares types only (its specs are not bundled: they may read the domain to pin the catalogue to it).
  {
    files: ['apps/console/src/**/*.ts', 'apps/console/src/**/*.tsx'],
    ignores: ['apps/console/src/**/*.spec.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['@dondoc/*', '!@dondoc/contracts'], message: 'the console imports contracts (types) only.' }, { group: ['@dondoc/contracts'], allowTypeImports: true, message: 'types only.' }]) },
  },
  // Inside the Temporal server: transport → engine → store/clock. Only rpc/ knows grpc-js.
  {
    files: ['libs/temporal-server/src/**/*.ts'],
    ignores: ['libs/temporal-server/src/rpc/**', 'libs/temporal-server/src/server/**', '**/*.spec.ts', 'libs/temporal-server/src/index.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['@grpc/grpc-js'], message: 'only the transport layer (rpc/) knows grpc-js.' }]) },
  },
  // Only libs/config reads the environment.
  {
    files: ['libs/**/*.ts', 'apps/**/*.ts', 'apps/**/*.tsx', 'workflows/**/*.ts', 'activities/**/*.ts'],
    ignores: ['libs/config/**', '**/*.spec.ts', 'libs/testing/**', 'apps/console/vite.config.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read configuration through @dondoc/config.' }] },
  },
);
