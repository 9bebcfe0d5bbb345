import type { ReactNode } from 'react';
import { Box, Card, CardContent, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Show, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useLoad } from '../../components';
import { formatDeadline } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import { formatDateTime } from './format-time';
import { TaskActionsBar } from './TaskActionsBar';
import { TaskBadges } from './TaskBadges';
import { TaskHistoryPanel } from './TaskHistoryPanel';
import type { TaskDetail } from '@dondoc/contracts';

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Box>
);

/** Header, actions and history of one task; every text from data is rendered as text. */
const TaskPage = () => {
  const task = useRecordContext<TaskDetail>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  // Reload the history whenever the task itself changed (after a step the record is refetched).
  const history = useLoad(() => dataProvider.getTaskHistory(String(task?.id)), [task?.id, JSON.stringify(task?.task), task?.reportCount]);
  // The list's row is shown as a placeholder while the detail loads: wait for the workflow's view.
  if (!task?.task) return <LinearProgress />;
  const progress = Math.max(0, Math.min(100, task.task.progress));
  return (
    <Box sx={{ minWidth: 0, maxWidth: 960 }} data-testid="task-page">
      <Card variant="outlined" component="header">
        <CardContent>
          <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line', mb: 1 }} data-testid="task-title">
            {task.title}
          </Typography>
          <TaskBadges status={task.status} />
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
              gap: 1.5,
              mt: 2,
            }}
          >
            <Item label={translate('resources.tasks.fields.planId')}>
              <Link component={RouterLink} to={`/plans/${encodeURIComponent(task.planId)}/show`}>
                {translate('dondoc.work.inbox.open_plan')}
              </Link>
            </Item>
            <Item label={translate('resources.tasks.fields.organisationName')}>
              {task.organisationName ?? '—'} ·{' '}
              {translate(task.role === 'lead' ? 'dondoc.work.matrix.lead_long' : 'dondoc.work.matrix.coordinator_long')}
            </Item>
            <Item label={translate('dondoc.task_pages.coordinators')}>
              {history.data?.coordinators.length
                ? history.data.coordinators.map((c) => c.name ?? c.id).join('; ')
                : '—'}
            </Item>
            <Item label={translate('resources.tasks.fields.dueAt')}>
              <span data-testid="task-due">{task.task.dueAt ? formatDeadline(task.task.dueAt) : '—'}</span>
              {task.dueRuleText ? ` (${task.dueRuleText})` : ''}
            </Item>
            <Item label={translate('dondoc.task_pages.assigned_at')}>{formatDateTime(task.assignedAt)}</Item>
            <Item label={translate('dondoc.task_pages.next_notification')}>
              {task.nextNotificationAt ? formatDateTime(task.nextNotificationAt) : '—'}
            </Item>
          </Box>
          <Box sx={{ mt: 2, maxWidth: 360 }}>
            <Typography variant="caption">{translate('dondoc.work.inbox.progress', { progress })}</Typography>
            <LinearProgress variant="determinate" value={progress} aria-label={translate('resources.tasks.fields.progress')} />
          </Box>
          <Stack sx={{ mt: 2 }}>
            <TaskActionsBar task={task} />
          </Stack>
        </CardContent>
      </Card>
      {history.error && (
        <Typography color="error" sx={{ mt: 2 }}>
          {translate(history.error.message, { _: history.error.message })}
        </Typography>
      )}
      {history.isPending && !history.data && <LinearProgress sx={{ mt: 2 }} />}
      {history.data && <TaskHistoryPanel task={task} history={history.data} />}
    </Box>
  );
};

/** One task (`GET /api/tasks/:id` and `/history`), usable on a phone (single column, wrapping). */
export const TaskShow = () => (
  <Show component="div" actions={false} sx={{ minWidth: 0, '& .RaShow-main': { minWidth: 0 } }}>
    <TaskPage />
  </Show>
);
