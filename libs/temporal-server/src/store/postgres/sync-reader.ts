import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** How long a synchronous read may block the engine before it is treated as a store failure. */
const READ_TIMEOUT_MS = 30_000;

/**
 * The worker's code (plain JS, so it runs from the TypeScript sources under jest as well as from dist): one `pg`
 * connection; each request is answered on the port, then the shared flag is raised so the blocked caller wakes.
 */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const pg = require(workerData.pgPath);
const flag = workerData.flag;
const reply = workerData.port;
const client = new pg.Client({ connectionString: workerData.url, application_name: 'dondoc-temporal-reader' });
const ready = client.connect();
let failed;
client.on('error', (err) => { failed = err; });
parentPort.on('message', async (req) => {
  let msg;
  try {
    await ready;
    if (failed) throw failed;
    const r = await client.query(req.text, req.params);
    msg = { rows: r.rows };
  } catch (err) {
    msg = { error: String(err && err.message || err) };
  }
  reply.postMessage(msg);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
parentPort.on('close', () => void client.end().catch(() => undefined));
`;

/**
 * Synchronous reads for the single-threaded engine: a worker thread owns a PostgreSQL connection and the caller
 * blocks (Atomics.wait) until the answer is on the port. Used only on a working-set miss — a run or current-run
 * pointer evicted and touched by a path that did not preload it — so the engine's reads can stay synchronous.
 */
export class SyncReader {
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;
  private readonly port: MessagePort;

  constructor(url: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { url, flag: this.flag, port: port2, pgPath: require.resolve('pg') },
      transferList: [port2],
    });
    this.worker.unref();
  }

  /** Runs one statement and returns its rows, blocking this thread until they arrive. */
  query<R>(text: string, params: unknown[]): R[] {
    Atomics.store(this.flag, 0, 0);
    this.worker.postMessage({ text, params });
    if (Atomics.wait(this.flag, 0, 0, READ_TIMEOUT_MS) === 'timed-out') throw new Error(`durable store: synchronous read timed out after ${READ_TIMEOUT_MS} ms`);
    const got = receiveMessageOnPort(this.port)?.message as { rows?: R[]; error?: string } | undefined;
    if (!got) throw new Error('durable store: synchronous read got no answer');
    if (got.error !== undefined) throw new Error(`durable store: read failed: ${got.error}`);
    return got.rows ?? [];
  }

  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }
}
