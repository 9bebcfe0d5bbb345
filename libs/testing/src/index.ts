export * from './postgres';
export * from './stack';
export * from './temporal';
