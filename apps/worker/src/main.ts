import { NativeConnection } from '@temporalio/worker';
import { loadConfig } from '@dondoc/config';
import { TemporalGateway } from '@dondoc/temporal-client';
import { createDondocWorker } from './create-worker';
import { ensureLeaderDigests } from './ensure-leader-digests';
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
  const { deps, notDurable, leaderIds, calendarAdditions, startMail, close } = await createWorkerDeps(config);
  try {
    const connection = await NativeConnection.connect({ address: config.temporal.address });
    try {
      const worker = await createDondocWorker({ connection, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue, deps });
      const leaders = await leaderIds();
      const gateway = new TemporalGateway({ address: config.temporal.address, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue });
      try {
        await ensureLeaderDigests(await gateway.client(), config.temporal.taskQueue, leaders, await calendarAdditions());
      } finally {
        await gateway.close();
      }
      console.log(`dondoc-worker: tổng hợp hằng tuần (weekly digests) cho ${leaders.length} lãnh đạo`);
      const mail = startMail();
      const pending = notDurable.length ? `; chưa bền vững (not durable yet): ${notDurable.join(', ')}` : '';
      console.log(`dondoc-worker: ${config.temporal.address} namespace=${config.temporal.namespace} queue=${config.temporal.taskQueue}; thư (mail): ${mail ? 'SMTP' : 'tắt (off)'}${pending}`);
      try {
        await runUntilSignal(worker);
      } finally {
        await mail?.stop();
      }
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
