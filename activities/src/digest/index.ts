export * from './digest-items';
export * from './digest.activities';
export * from './in-memory-digest-source';
export * from './postgres-digest-source';
