export * from './ports';
export * from './chase.activities';
export * from './plan.activities';
export * from './create-activities';
export * from './business-failure';
export * from './in-memory';
export * from './typeorm';
export * from './postgres';
