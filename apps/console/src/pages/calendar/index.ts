export { CalendarPage } from './CalendarPage';
export type { CalendarYear, DayMarker } from './calendar.types';
