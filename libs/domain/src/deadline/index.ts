export * from './deadline.types';
export * from './last-day-deadline';
export * from './before-date-deadline';
export * from './relative-deadline';
export * from './yearly-deadline';
export * from './due-rule';
export * from './working-day-deadline';
