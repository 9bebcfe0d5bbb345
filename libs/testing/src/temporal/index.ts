export { dondocTemporalExecutable, type ExistingPathExecutable } from './dondoc-temporal-executable';
export {
  TEST_SERVER_ADDRESS_VARIABLE,
  createTestEnvironment,
  registerSearchAttributes,
  type CreateTestEnvironmentOptions,
  type TestEnvironmentKind,
} from './create-test-environment';
