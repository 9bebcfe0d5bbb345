import { Alert, Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { HttpError, useDataProvider, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { ActionButton } from '../../components/actions';
import { useLoad } from '../../components/use-load';
import { formatDate, formatDeadline } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { PlanDetail, PlanView } from '@dondoc/contracts';
import { planActionButtons } from './plan-actions';
import { planContentApi } from './plan-content.api';
import type { PlanTimelineEvent } from './plan-content.types';
import { PlanContentEditButton } from './PlanContentEditButton';
import { personText, planTimeline } from './plan-timeline';

const dateTime = (iso: string) =>
  `${formatDate(iso)} ${new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))}`;

const Timeline = ({ view, events }: { view: PlanView; events: readonly PlanTimelineEvent[] }) => {
  const translate = useTranslate();
  const entries = planTimeline(view, events);
  return (
    <Box component="ol" aria-label={translate('dondoc.work.timeline.title')} sx={{ m: 0, pl: 0, listStyle: 'none' }} data-testid="plan-timeline">
      {entries.map((e, i) => (
        <Box component="li" key={i} sx={{ borderLeft: '2px solid', borderColor: 'primary.light', pl: 1.5, pb: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {dateTime(e.at)}
          </Typography>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {translate(e.key === 'started' || e.key === 'edited' ? `dondoc.plan_page.timeline.${e.key}` : `dondoc.work.timeline.${e.key}`, e.args)}
          </Typography>
          {e.who && (
            <Typography variant="caption" component="p" color="text.secondary" data-testid="plan-timeline-who">
              {e.actingFor
                ? translate('dondoc.plan_page.timeline.by_for', { who: personText(e.who), for: personText(e.actingFor) })
                : translate('dondoc.plan_page.timeline.by', { who: personText(e.who) })}
            </Typography>
          )}
        </Box>
      ))}
      <Box component="li" sx={{ borderLeft: '2px solid', borderColor: 'secondary.main', pl: 1.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="plan-workflow-status">
          {translate('dondoc.work.timeline.current', { status: view.statusLabel })}
        </Typography>
        {view.numberingDueAt && view.lifecycle.status === 'signed' && (
          <Typography variant="caption">{translate('dondoc.work.timeline.numbering_due', { date: formatDeadline(view.numberingDueAt) })}</Typography>
        )}
        {view.lifecycle.closedReason && (
          <Typography variant="caption">{translate('dondoc.work.timeline.closed', { reason: view.lifecycle.closedReason })}</Typography>
        )}
      </Box>
    </Box>
  );
};

/**
 * The plan's workflow on its page: the steps the current user may take now, as the API decided them
 * (server-confirmed, with a dialog; a refused step is shown disabled with the API's Vietnamese
 * reason), and the lifecycle timeline.
 */
export const PlanWorkflowPanel = () => {
  const record = useRecordContext<PlanDetail>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const planId = record ? String(record.id) : '';
  const workflow = useLoad(
    () => (planId ? dataProvider.getPlanWorkflow(planId) : Promise.reject(new Error('no plan'))),
    [planId, dataProvider],
  );
  const allowed = useLoad(
    () => (planId ? dataProvider.getPlanAllowedActions(planId) : Promise.reject(new Error('no plan'))),
    [planId, dataProvider],
  );
  // Who took each step (audit trail); the timeline still shows the steps when it cannot be read.
  const history = useLoad(
    () => (planId ? planContentApi.timeline(planId) : Promise.reject(new Error('no plan'))),
    [planId],
  );
  const redirect = useRedirect();
  if (!record) return null;
  const reload = () => {
    workflow.reload();
    allowed.reload();
    history.reload();
  };
  // An amending plan is a plan of its own: go to it once it is drafted.
  const done = (key: string) => (result: unknown) => {
    const created = (result as { planId?: string } | null)?.planId;
    if (key === 'amend' && created) redirect('show', 'plans', created);
    else reload();
  };
  // 404: the plan is not in the lifecycle (a draft not started yet, or an imported plan already issued).
  const notStarted = workflow.error instanceof HttpError && workflow.error.status === 404;
  const failure = (workflow.error && !notStarted ? workflow.error : undefined) ?? allowed.error;
  if (failure) return <Alert severity="error">{translate(failure.message, { _: failure.message })}</Alert>;
  if ((workflow.isPending && !workflow.data) || (allowed.isPending && !allowed.data)) return <LinearProgress />;
  const actions = allowed.data?.actions ?? [];
  const edit = actions.find((a) => a.action === 'edit');
  const buttons = planActionButtons(
    actions.filter((a) => a.action !== 'edit'),
    { ...dataProvider, amendPlan: planContentApi.amend },
    planId,
  );
  const view = notStarted ? undefined : workflow.data;
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      {notStarted && (
        <Typography variant="body2" color="text.secondary" data-testid="plan-workflow-none">
          {translate('dondoc.work.actions.not_started')}
        </Typography>
      )}
      <Paper
        variant="outlined"
        sx={{ p: 1.5 }}
        role="group"
        aria-label={translate('dondoc.work.actions.bar_label')}
        aria-busy={workflow.isPending || allowed.isPending}
        data-testid="plan-actions"
      >
        {buttons.length || edit ? (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {edit && <PlanContentEditButton action={edit} planId={planId} onDone={reload} />}
            {buttons.map(({ spec, refused }) => (
              <ActionButton key={spec.key} spec={spec} title={record.title} onDone={done(spec.key)} disabledReason={refused} />
            ))}
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('dondoc.work.actions.none')}
          </Typography>
        )}
      </Paper>
      {view && (
        <Box>
          <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>
            {translate('dondoc.work.timeline.title')}
          </Typography>
          <Timeline view={view} events={history.data?.data ?? []} />
        </Box>
      )}
    </Stack>
  );
};
