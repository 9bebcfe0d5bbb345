export * from './amendment-diff';
