import { lazy, Suspense } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { i18nProvider } from './i18n/i18n-provider';
import { Layout } from './layout';
import { LoginPage } from './login';
import { CalendarPage, COMING_SOON_PAGES, ComingSoonPage } from './pages';
import { MatrixPage, withEarlyPlan } from './pages/matrix';
import { authProvider, dataProvider } from './providers';
import { calendarExceptions } from './resources/calendar-exceptions';
import { IMPORT_PATH, importJobs, ImportUpload } from './resources/import-jobs';
import { InboxPage } from './resources/inbox';
import { escalationPolicies } from './resources/escalation-policies';
import { organisations } from './resources/organisations';
import { plans } from './resources/plans';
import { reportPeriods } from './resources/report-periods';
import { tasks } from './resources/tasks';
import { users } from './resources/users';
import { theme } from './theme';

// recharts is large: the dashboard loads it in its own chunk, off the inbox/matrix critical path.
const DashboardPage = lazy(() => import('./pages/dashboard').then((m) => ({ default: m.DashboardPage })));

// Opened on a plan's matrix tab, the plan record is already on its way (pages/matrix/matrix-early-load).
const consoleDataProvider = withEarlyPlan(dataProvider);

export const App = () => (
  <Admin
    title="Đôn đốc"
    dataProvider={consoleDataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={Layout}
    dashboard={InboxPage}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource {...plans} />
    <Resource {...importJobs} />
    <Resource {...tasks} />
    <Resource {...reportPeriods} />
    <Resource {...organisations} />
    <Resource {...users} />
    <Resource {...calendarExceptions} />
    <Resource {...escalationPolicies} />
    {/* Reference-only resources: no views, but names for ReferenceField/Input. */}
    <Resource name="administrative-units" recordRepresentation="name" />
    <Resource name="positions" recordRepresentation="title" />
    <CustomRoutes>
      {COMING_SOON_PAGES.filter((p) => p.path !== '/').map((p) => (
        <Route key={p.key} path={p.path} element={<ComingSoonPage page={p.key} />} />
      ))}
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/matrix" element={<MatrixPage />} />
      <Route path="/dashboard" element={<Suspense fallback={<Loading />}><DashboardPage /></Suspense>} />
      {/* Upload step of the import (the review is the import-jobs show view). */}
      <Route path={IMPORT_PATH} element={<ImportUpload />} />
    </CustomRoutes>
  </Admin>
);
