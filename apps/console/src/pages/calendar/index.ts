export { CalendarPage } from './CalendarPage';
export type { DayMarker } from './day-marker.types';
