export * from './workflow-bundle';
export * from './recording-notifier';
export * from './workflow-environment';
export * from './history';
export * from './runs';
