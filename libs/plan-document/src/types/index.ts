export * from './source-span.types';
export * from './warning.types';
export * from './parsed-plan.types';
export * from './parse-options.types';
