export * from './start-test-stack';
