export type { Notifier } from './notifier.port';
export type { AuditLog } from './audit-log.port';
export type { Projection, ProjectionStore } from './projection-store.port';
export type { NumberRegister, NumberReservation } from './number-register.port';
export type { DigestSource, LeaderTaskRow } from './digest-source.port';
