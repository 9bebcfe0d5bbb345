import { useState } from 'react';
import {
  Badge,
  Box,
  Button,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Popover,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import DoneIcon from '@mui/icons-material/Done';
import { useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { formatDate } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { NotificationItem } from '@dondoc/contracts';

// The notifications list DTO has no `sort` field, only `order` (by creation time; ASC by default):
// an empty sort field sends neither, so the newest-first order goes with the filters.
const NO_SORT = { field: '', order: 'DESC' as const };
const NEWEST_FIRST = { order: 'DESC' };
const POLL_MS = 60_000;

/** App-bar bell: unread count, the latest notifications, mark one or all read (server-confirmed). */
export const NotificationBell = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const unread = useGetList<NotificationItem>(
    'notifications',
    { filter: { unread: true, ...NEWEST_FIRST }, pagination: { page: 1, perPage: 1 }, sort: NO_SORT },
    { refetchInterval: POLL_MS },
  );
  const latest = useGetList<NotificationItem>(
    'notifications',
    { filter: NEWEST_FIRST, pagination: { page: 1, perPage: 20 }, sort: NO_SORT },
    { enabled: anchor !== null },
  );
  const count = unread.total ?? 0;
  const refetch = async () => {
    await Promise.all([unread.refetch(), latest.refetch()]);
  };
  const mark = async (call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
      await refetch();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      notify(message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const label = translate('dondoc.work.notifications.open', { count });
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} onClick={(e) => setAnchor(e.currentTarget)} data-testid="notification-bell">
          {/* No badge at 0: its hidden "0" would be text the button's name does not announce (WCAG 2.5.3). */}
          {count > 0 ? (
            <Badge badgeContent={count} color="error" max={99}>
              <NotificationsIcon />
            </Badge>
          ) : (
            <NotificationsIcon />
          )}
        </IconButton>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 380, maxWidth: '95vw', maxHeight: '70vh' } } }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', px: 2, pt: 1.5 }}>
          <Typography variant="subtitle1" component="h2">
            {translate('dondoc.work.notifications.title')}
          </Typography>
          <Button size="small" disabled={busy || count === 0} onClick={() => void mark(() => dataProvider.markAllNotificationsRead())}>
            {translate('dondoc.work.notifications.mark_all_read')}
          </Button>
        </Stack>
        {latest.data?.length ? (
          <List dense aria-label={translate('dondoc.work.notifications.title')}>
            {latest.data.map((n) => (
              <ListItem
                key={n.id}
                data-notification={n.id}
                data-read={n.readAt ? 'true' : 'false'}
                sx={{ bgcolor: n.readAt ? undefined : 'action.hover', alignItems: 'flex-start' }}
                secondaryAction={
                  n.readAt ? undefined : (
                    <Tooltip title={translate('dondoc.work.notifications.mark_read')}>
                      <IconButton
                        edge="end"
                        size="small"
                        disabled={busy}
                        aria-label={translate('dondoc.work.notifications.mark_read')}
                        onClick={() => void mark(() => dataProvider.markNotificationRead(n.id))}
                      >
                        <DoneIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )
                }
              >
                <ListItemText
                  primary={<Box component="span" sx={{ fontWeight: n.readAt ? 400 : 600 }}>{n.title}</Box>}
                  secondary={
                    <>
                      <Box component="span" sx={{ display: 'block', whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                        {n.body}
                      </Box>
                      {formatDate(n.createdAt)}
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate('dondoc.work.notifications.empty')}
          </Typography>
        )}
      </Popover>
    </>
  );
};
