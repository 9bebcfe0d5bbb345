// The one workflow bundle entry of the conformance tier.
export * from './activity.workflows';
export * from './child.workflows';
export * from './interleaving.workflows';
export * from './lifecycle.workflows';
export * from './message.workflows';
export * from './schedule.workflows';
export * from './timer.workflows';
export * from './visibility.workflows';
