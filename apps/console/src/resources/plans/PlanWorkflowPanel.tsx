import { Alert, Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { HttpError, useDataProvider, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { ActionButton, planActionsFor, planActionSpecs } from '../../components/actions';
import { useLoad } from '../../components/use-load';
import { formatDate, formatDeadline } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { PlanDetail, PlanWorkflowView } from '../../types';
import { planTimeline } from './plan-timeline';

const dateTime = (iso: string) =>
  `${formatDate(iso)} ${new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))}`;

const Timeline = ({ view }: { view: PlanWorkflowView }) => {
  const translate = useTranslate();
  const entries = planTimeline(view);
  return (
    <Box component="ol" aria-label={translate('dondoc.work.timeline.title')} sx={{ m: 0, pl: 0, listStyle: 'none' }} data-testid="plan-timeline">
      {entries.map((e, i) => (
        <Box component="li" key={i} sx={{ borderLeft: '2px solid', borderColor: 'primary.light', pl: 1.5, pb: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {dateTime(e.at)}
          </Typography>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {translate(`dondoc.work.timeline.${e.key}`, e.args)}
          </Typography>
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
 * The plan's workflow on its page: the steps the current user may take now (server-confirmed,
 * with a dialog; a refusal shows the API's reason) and the lifecycle timeline.
 */
export const PlanWorkflowPanel = () => {
  const record = useRecordContext<PlanDetail>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const planId = record ? String(record.id) : '';
  const { data: view, error, isPending, reload } = useLoad(
    () => (planId ? dataProvider.getPlanWorkflow(planId) : Promise.reject(new Error('no plan'))),
    [planId, dataProvider],
  );
  if (!record) return null;
  if (error) {
    // 404: the plan is not in the lifecycle (e.g. an imported plan that was already issued).
    if (error instanceof HttpError && error.status === 404)
      return (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="plan-workflow-none">
          {translate('dondoc.work.actions.not_started')}
        </Typography>
      );
    return <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
  }
  if (isPending || !view) return <LinearProgress />;
  const actions = planActionsFor(view.lifecycle.status, Array.isArray(permissions) ? permissions : [], planActionSpecs(dataProvider, planId));
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      <Paper variant="outlined" sx={{ p: 1.5 }} role="group" aria-label={translate('dondoc.work.actions.bar_label')} data-testid="plan-actions">
        {actions.length ? (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {actions.map((spec) => (
              <ActionButton key={spec.key} spec={spec} title={record.title} onDone={reload} />
            ))}
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('dondoc.work.actions.none')}
          </Typography>
        )}
      </Paper>
      <Box>
        <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>
          {translate('dondoc.work.timeline.title')}
        </Typography>
        <Timeline view={view} />
      </Box>
    </Stack>
  );
};
