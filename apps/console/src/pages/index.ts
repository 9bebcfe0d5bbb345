export { ComingSoonPage } from './ComingSoonPage';
export { COMING_SOON_PAGES, type ComingSoonKey } from './coming-soon-pages';
export { CalendarPage } from './calendar';
