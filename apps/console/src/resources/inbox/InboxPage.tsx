import { useState } from 'react';
import { Box, Card, CardActions, CardContent, Chip, LinearProgress, Link, Stack, Tab, Tabs, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { ActionButton, inboxActionsFor } from '../../components/actions';
import { formatDeadline } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { InboxFilter, InboxItem } from '@dondoc/contracts';
import { sortByDue } from './inbox-order';

// The API's filters (@dondoc/contracts' INBOX_FILTERS: the console imports contracts as types only).
const INBOX_FILTERS = ['waiting', 'due-soon', 'overdue'] as const satisfies readonly InboxFilter[];

// The API's list DTO has no `sort` (it orders by deadline itself): an empty field sends none.
const NO_SORT = { field: '', order: 'ASC' as const };

const DueBadges = ({ item }: { item: InboxItem }) => {
  const translate = useTranslate();
  return (
    <>
      {item.overdue && <Chip size="small" color="error" label={translate('dondoc.work.inbox.overdue')} data-badge="overdue" />}
      {!item.overdue && item.dueSoon && (
        <Chip size="small" color="warning" label={translate('dondoc.work.inbox.due_soon')} data-badge="due-soon" />
      )}
    </>
  );
};

const InboxCard = ({ item }: { item: InboxItem }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const actions = inboxActionsFor(item, dataProvider);
  return (
    <Card variant="outlined" component="li" data-inbox-item={item.id} data-kind={item.kind} sx={{ listStyle: 'none' }}>
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 0.5, mb: 0.5 }}>
          <Chip size="small" variant="outlined" label={translate(`dondoc.work.inbox.kinds.${item.kind}`)} />
          <Typography variant="body2" color="text.secondary">
            {item.dueAt ? translate('dondoc.work.inbox.due', { date: formatDeadline(item.dueAt) }) : translate('dondoc.work.inbox.no_due')}
          </Typography>
          <DueBadges item={item} />
        </Stack>
        <Typography variant="subtitle1" component="h2" sx={{ overflowWrap: 'anywhere', lineHeight: 1.3 }}>
          {item.title}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          <strong>{item.actionLabel}</strong> · {item.statusLabel}
        </Typography>
        {item.progress !== null && (
          <Box sx={{ mt: 1, maxWidth: 320 }}>
            <Typography variant="caption">{translate('dondoc.work.inbox.progress', { progress: item.progress })}</Typography>
            <LinearProgress variant="determinate" value={Math.max(0, Math.min(100, item.progress))} />
          </Box>
        )}
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2, '& > :not(style) ~ :not(style)': { ml: 0 } }}>
        {actions.map((spec) => (
          <ActionButton key={spec.key} spec={spec} title={item.title} />
        ))}
        <Link component={RouterLink} to={`/plans/${encodeURIComponent(item.planId)}/show`} variant="body2">
          {translate('dondoc.work.inbox.open_plan')}
        </Link>
        {item.kind === 'task' && (
          <Link component={RouterLink} to={`/tasks/${encodeURIComponent(item.workflowId)}/show`} variant="body2">
            {translate('dondoc.work.inbox.open_task')}
          </Link>
        )}
        {item.kind === 'duty' && (
          // A duty item's workflow is the reporting duty: its page shows the period and the submission form.
          <Link component={RouterLink} to={`/report-periods/${encodeURIComponent(item.workflowId)}/show`} variant="body2">
            {translate('dondoc.work.inbox.open_period')}
          </Link>
        )}
      </CardActions>
    </Card>
  );
};

/** "Việc của tôi": what waits for my decision or work, earliest deadline first, with one-click actions. */
export const InboxPage = () => {
  const translate = useTranslate();
  const [filter, setFilter] = useState<InboxFilter>('waiting');
  const { data, isPending, error } = useGetList<InboxItem>('inbox', {
    filter: { filter },
    pagination: { page: 1, perPage: 200 },
    sort: NO_SORT,
  });
  const items = sortByDue(data ?? []);
  return (
    <Box sx={{ mt: 1, maxWidth: 960 }}>
      <Title title={translate('dondoc.work.inbox.title')} />
      <Tabs
        value={filter}
        onChange={(_e, v: InboxFilter) => setFilter(v)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={translate('dondoc.work.inbox.title')}
      >
        {INBOX_FILTERS.map((f) => (
          <Tab key={f} value={f} label={translate(`dondoc.work.inbox.filters.${f}`)} />
        ))}
      </Tabs>
      {isPending && <LinearProgress sx={{ mt: 1 }} />}
      {error && (
        <Typography color="error" sx={{ mt: 2 }}>
          {translate((error as Error).message, { _: (error as Error).message })}
        </Typography>
      )}
      {!isPending && !error && items.length === 0 && (
        <Typography sx={{ mt: 2 }} color="text.secondary">
          {translate('dondoc.work.inbox.empty')}
        </Typography>
      )}
      <Stack component="ul" spacing={1.5} sx={{ p: 0, mt: 2 }} aria-label={translate('dondoc.work.inbox.title')}>
        {items.map((item) => (
          <InboxCard key={item.id} item={item} />
        ))}
      </Stack>
    </Box>
  );
};
