import EventBusyIcon from '@mui/icons-material/EventBusy';
import { CalendarExceptionCreate } from './CalendarExceptionCreate';
import { CalendarExceptionEdit } from './CalendarExceptionEdit';
import { CalendarExceptionList } from './CalendarExceptionList';

export { CalendarExceptionCreate, CalendarExceptionEdit, CalendarExceptionList };

/** Admin only: `canAccess` asks for `calendar.write` for every action (providers/access.ts). */
export const calendarExceptions = {
  name: 'calendar-exceptions',
  list: CalendarExceptionList,
  create: CalendarExceptionCreate,
  edit: CalendarExceptionEdit,
  icon: EventBusyIcon,
  options: { label: 'dondoc.calendar_exceptions.menu' },
  recordRepresentation: 'date',
} as const;
