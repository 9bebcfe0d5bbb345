export * from './email-message';
export * from './mail-outbox';
export * from './mailing-notifier';
export * from './smtp-mail-sender';
export * from './drain-mail-outbox';
