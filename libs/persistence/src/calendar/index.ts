export * from './calendar-exception.types';
export * from './calendar-exception.entity';
export * from './calendar-exceptions.read';
export * from './calendar.registry';
