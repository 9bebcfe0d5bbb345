export { DashboardPage } from './DashboardPage';
export type { Dashboard } from './dashboard.types';
