export * from './postgres';
export * from './stack';
export * from './temporal';
export * from './fixtures/sample-plans';
