export type { PostgresDataSource } from './data-source.type';
export { PostgresNotifier, NOTIFICATION_TITLES } from './postgres-notifier';
export { PostgresProjectionStore } from './postgres-projection-store';
export { PostgresNumberRegister, planIdOfReservationKey } from './postgres-number-register';
