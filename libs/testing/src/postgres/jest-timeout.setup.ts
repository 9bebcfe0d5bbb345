// setupFilesAfterEnv of the Postgres-backed tiers. jest reads `testTimeout` only from the global
// config, never per project, so the tiers that start an API on a cloned database set it here:
// a loaded 2-core machine can take more than the default 5 s to clone, seed and boot.
jest.setTimeout(60_000);
