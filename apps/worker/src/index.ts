export { createDondocWorker, type DondocWorkerOptions } from './create-worker';
export { runUntilSignal, type SignalSource } from './run-until-signal';
export { createWorkerDeps, type WorkerDeps } from './worker-deps';
