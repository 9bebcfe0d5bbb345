export { createDondocWorker, type DondocWorkerOptions } from './create-worker';
export { runUntilSignal, type SignalSource } from './run-until-signal';
export { createWorkerDeps, type WorkerDeps } from './worker-deps';
export { ensureLeaderDigests } from './ensure-leader-digests';
export { startMailDrainer, type MailDrainer, type MailDrainerOptions } from './mail-drainer';
