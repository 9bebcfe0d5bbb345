import { stopTestCluster } from './jest-global-setup';

/** jest globalTeardown: stops the Postgres started by the matching globalSetup. */
export default async function globalTeardown(): Promise<void> {
  await stopTestCluster();
}
