export * from './chase.types';
export * from './notification.entity';
export * from './task-projection.entity';
export * from './duty-projection.entity';
export * from './duty-submission-projection.entity';
export * from './plan-workflow-state.entity';
export * from './document-register-entry.entity';
export * from './chase.registry';
