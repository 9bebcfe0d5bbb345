import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { i18nProvider } from './i18n/i18n-provider';
import { Layout } from './layout';
import { LoginPage } from './login';
import { CalendarPage, COMING_SOON_PAGES, ComingSoonPage } from './pages';
import { MatrixPage } from './pages/matrix';
import { authProvider, dataProvider } from './providers';
import { IMPORT_PATH, importJobs, ImportUpload } from './resources/import-jobs';
import { InboxPage } from './resources/inbox';
import { organisations } from './resources/organisations';
import { plans } from './resources/plans';
import { tasks } from './resources/tasks';
import { users } from './resources/users';
import { theme } from './theme';

export const App = () => (
  <Admin
    title="Đôn đốc"
    dataProvider={dataProvider}
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
    <Resource {...organisations} />
    <Resource {...users} />
    {/* Reference-only resources: no views, but names for ReferenceField/Input. */}
    <Resource name="administrative-units" recordRepresentation="name" />
    <Resource name="positions" recordRepresentation="title" />
    <CustomRoutes>
      {COMING_SOON_PAGES.filter((p) => p.path !== '/').map((p) => (
        <Route key={p.key} path={p.path} element={<ComingSoonPage page={p.key} />} />
      ))}
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/matrix" element={<MatrixPage />} />
      {/* Upload step of the import (the review is the import-jobs show view). */}
      <Route path={IMPORT_PATH} element={<ImportUpload />} />
    </CustomRoutes>
  </Admin>
);
