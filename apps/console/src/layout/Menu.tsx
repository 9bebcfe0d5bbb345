import type { ReactElement } from 'react';
import { Chip, Box } from '@mui/material';
import InboxIcon from '@mui/icons-material/Inbox';
import GridOnIcon from '@mui/icons-material/GridOn';
import EventIcon from '@mui/icons-material/Event';
import InsightsIcon from '@mui/icons-material/Insights';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { IMPORT_PERMISSION } from '../resources/import-jobs/paths';
import { COMING_SOON_PAGES, type ComingSoonKey } from '../pages/coming-soon-pages';

const icons: Record<ComingSoonKey, ReactElement> = { inbox: <InboxIcon />, matrix: <GridOnIcon /> };

const SoonLabel = ({ page }: { page: ComingSoonKey }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 1 }}>
      {translate(`dondoc.menu.${page}`)}
      <Chip
        size="small"
        variant="outlined"
        label={translate('dondoc.menu.coming_soon')}
        sx={{ height: 20, fontSize: '0.7rem' }}
      />
    </Box>
  );
};

type Page = (typeof COMING_SOON_PAGES)[number];

const SoonItem = ({ page }: { page: Page }) => (
  <RaMenu.Item
    to={page.path}
    primaryText={<SoonLabel page={page.key} />}
    leftIcon={icons[page.key]}
    // Long labels (English, or a name + chip) wrap instead of being cut off.
    sx={{ whiteSpace: 'normal' }}
  />
);

/**
 * Work screens first (inbox, plans, import queue, matrix, calendar), then administration.
 * Resource items hide themselves when canAccess refuses "list".
 */
export const Menu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  // The review queue is for those who may import (the API answers 403 to the others).
  const canImport = Array.isArray(permissions) && permissions.includes(IMPORT_PERMISSION);
  const canSeeDashboard = Array.isArray(permissions) && permissions.includes('dashboard.read');
  return (
    <RaMenu aria-label={translate('dondoc.app.main_menu')}>
      <RaMenu.Item to="/" primaryText={translate('dondoc.menu.inbox')} leftIcon={icons.inbox} />
      <RaMenu.ResourceItem name="plans" />
      <RaMenu.ResourceItem name="tasks" />
      <RaMenu.ResourceItem name="report-periods" />
      {canImport && <RaMenu.ResourceItem name="import-jobs" />}
      <RaMenu.Item
        to="/matrix"
        primaryText={translate('dondoc.menu.matrix')}
        leftIcon={icons.matrix}
        sx={{ whiteSpace: 'normal' }}
      />
      {COMING_SOON_PAGES.map((page) => (
        <SoonItem key={page.key} page={page} />
      ))}
      {canSeeDashboard && <RaMenu.Item to="/dashboard" primaryText={translate('dondoc.dashboard.menu')} leftIcon={<InsightsIcon />} />}
      <RaMenu.Item to="/calendar" primaryText={translate('dondoc.menu.calendar')} leftIcon={<EventIcon />} />
      <RaMenu.ResourceItem name="organisations" />
      <RaMenu.ResourceItem name="users" />
      <RaMenu.ResourceItem name="calendar-exceptions" />
      <RaMenu.ResourceItem name="escalation-policies" />
    </RaMenu>
  );
};
