import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useLoad } from '../../components/use-load';
import { formatNumber, formatPercent } from '../../format/number';
import type { DondocDataProvider } from '../../providers/data-provider';
import { DashboardFilters } from './DashboardFilters';
import { SubmissionsChart } from './SubmissionsChart';
import { TargetsChart } from './TargetsChart';
import { TasksByOrganisationChart } from './TasksByOrganisationChart';

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Card component="section" aria-labelledby={id} sx={{ mb: 2 }}>
    <CardContent>
      <Typography id={id} variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

const Figure = ({ id, label, value, detail }: { id: string; label: string; value: string; detail?: string }) => (
  <Card sx={{ flex: '1 1 200px' }} data-testid={id}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" component="p">
        {value}
      </Typography>
      {detail && (
        <Typography variant="body2" color="text.secondary">
          {detail}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/** "Bảng điều hành" for leaders: who is late, on-time rate, reports per period, target progress. */
export const DashboardPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan') ?? '';
  const year = params.get('year') ?? '';
  const { data, error, isPending } = useLoad(() => dataProvider.getDashboard({ ...(planId ? { planId } : {}), ...(year ? { year: Number(year) } : {}) }), [planId, year]);
  const overdue = data?.tasksByOrganisation.reduce((n, r) => n + r.overdue, 0) ?? 0;
  const dueSoon = data?.tasksByOrganisation.reduce((n, r) => n + r.dueSoon, 0) ?? 0;
  const c = data?.completion;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('dondoc.dashboard.title')} />
      <DashboardFilters
        planId={planId}
        year={year}
        onChange={(next) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>)}
      />
      {isPending && <LinearProgress aria-label={translate('ra.page.loading')} sx={{ mb: 2 }} />}
      {error && <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>}
      {data && c && (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
            <Figure id="dashboard-overdue" label={translate('dondoc.dashboard.overdue_total')} value={formatNumber(overdue, locale)} />
            <Figure id="dashboard-due-soon" label={translate('dondoc.dashboard.due_soon_total')} value={formatNumber(dueSoon, locale)} />
            <Figure
              id="dashboard-on-time"
              label={translate('dondoc.dashboard.on_time_rate')}
              value={formatPercent(c.onTimeRate, locale)}
              detail={
                c.completed
                  ? translate('dondoc.dashboard.on_time_detail', { onTime: formatNumber(c.onTime, locale), completed: formatNumber(c.completed, locale), late: formatNumber(c.late, locale) })
                  : translate('dondoc.dashboard.no_completed')
              }
            />
          </Box>
          <Section id="dashboard-tasks-title" title={translate('dondoc.dashboard.tasks_by_org')}>
            <TasksByOrganisationChart rows={data.tasksByOrganisation} />
          </Section>
          <Section id="dashboard-submissions-title" title={translate('dondoc.dashboard.submissions')}>
            <SubmissionsChart rows={data.submissionsByPeriod} />
          </Section>
          <Section id="dashboard-targets-title" title={translate('dondoc.dashboard.targets')}>
            <TargetsChart rows={data.targets} planChosen={!!planId} />
          </Section>
        </>
      )}
    </Box>
  );
};
