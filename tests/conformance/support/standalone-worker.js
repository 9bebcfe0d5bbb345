// A worker in its own process, so a test can kill it with SIGKILL (no ShutdownWorker reaches the server).
// argv: <address> <namespace> <taskQueue> <bundlePath> <stickyQueueScheduleToStartTimeoutMs>
// Prints READY on stdout once the worker runs. Plain JS: it is spawned with node, not transformed by jest.
'use strict';
const { NativeConnection, Worker, Runtime, DefaultLogger } = require('@temporalio/worker');

async function main() {
  const [address, namespace, taskQueue, codePath, stickyMs] = process.argv.slice(2);
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowBundle: { codePath },
    stickyQueueScheduleToStartTimeout: Number(stickyMs),
  });
  const running = worker.run();
  process.stdout.write('READY\n');
  await running;
}

main().catch((err) => {
  process.stderr.write(`standalone worker: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
