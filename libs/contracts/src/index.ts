export * from './task-queues';
export * from './workflow-types';
export * from './workflow-ids';
export * from './common.contract';
export * from './task.contract';
export * from './plan.contract';
export * from './duty.contract';
export * from './digest.contract';
