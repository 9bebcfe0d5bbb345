export * from './domain-error-code';
export * from './domain-error-messages';
export * from './domain-error';
