export { InMemoryNotifier } from './in-memory-notifier';
export { InMemoryAuditLog } from './in-memory-audit-log';
export { InMemoryProjectionStore } from './in-memory-projection-store';
export { InMemoryNumberRegister } from './in-memory-number-register';
