export * from './mail-outbox.types';
export * from './mail-outbox.entity';
export * from './mail.registry';
