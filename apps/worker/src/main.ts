import { NativeConnection } from '@temporalio/worker';
import { loadConfig } from '@dondoc/config';
import { createDondocWorker } from './create-worker';
import { runUntilSignal } from './run-until-signal';
import { createWorkerDeps } from './worker-deps';

/**
 * The Temporal worker process: config → database and Temporal connections → worker, run until
 * SIGINT/SIGTERM, then close everything. With `TEMPORAL_ADDRESS=embedded` the launcher (`dondoc
 * start`) starts the server and passes its real host:port in `TEMPORAL_ADDRESS`.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.temporal.embedded) throw new Error('TEMPORAL_ADDRESS=embedded: the worker needs host:port (dondoc start passes it)');
  const { deps, notDurable, close } = await createWorkerDeps(config);
  try {
    const connection = await NativeConnection.connect({ address: config.temporal.address });
    try {
      const worker = await createDondocWorker({ connection, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue, deps });
      console.log(`dondoc-worker: ${config.temporal.address} namespace=${config.temporal.namespace} queue=${config.temporal.taskQueue}; chưa bền vững (not durable yet): ${notDurable.join(', ')}`);
      await runUntilSignal(worker);
    } finally {
      await connection.close();
    }
  } finally {
    await close();
  }
}

main().then(
  () => console.log('dondoc-worker: đã dừng (stopped)'),
  (error: unknown) => {
    console.error(`dondoc-worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
