export * from './rest';
export * from './organisation';
export * from './user';
export * from './plan';
export * from './workflow';
