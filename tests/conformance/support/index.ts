export * from './conformance-environment';
export * from './history';
export * from './ids';
export * from './latch-registry';
export * from './wait-for';
export * from './workflow-bundle';
export * from './run-greeting';
export * from './time-skipping-balance';
