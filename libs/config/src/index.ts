export * from './config.types';
export * from './config.error';
export * from './validate-config';
export * from './jwt-secret';
export * from './load-config';
export * from './environment-with';
