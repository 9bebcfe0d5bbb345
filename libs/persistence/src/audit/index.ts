export * from './audit-event.entity';
export * from './record-audit-event';
