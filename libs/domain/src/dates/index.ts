export * from './local-date';
export * from './local-date-arithmetic';
export * from './local-date-instant';
export * from './local-date-format';
export * from './instant-input';
