import raw from './data/vn-civil-service.json';
import { type CalendarData } from './calendar-data.types';
import { validateCalendarData } from './calendar-data.validate';

/**
 * The shipped civil-service calendar (announced swaps for 2024–2026), validated at load. Edit
 * `data/vn-civil-service.json` to change it; administrators' later additions are merged at runtime.
 */
export const DEFAULT_CALENDAR_DATA: CalendarData = validateCalendarData(raw);
