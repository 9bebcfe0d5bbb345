// setupFilesAfterEnv of the tiers that start servers, workers and browsers (conformance, workflows,
// browser). jest 30 reads `testTimeout` only from the global config, never per project.
jest.setTimeout(120_000);
