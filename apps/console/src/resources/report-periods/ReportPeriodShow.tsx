import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, useDataProvider, useGetIdentity, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { ActionButton } from '../../components/actions';
import { formatDate, formatDeadline } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import { EvidenceFiles } from '../tasks/EvidenceFiles';
import { formatDateTime } from '../tasks/format-time';
import { reportFormSpecs } from './report-forms';
import type { DutyDetail as ReportPeriodDetail, SubmissionView as Submission } from '@dondoc/contracts';

const figureText = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('vi-VN'));

const StatusChip = ({ s }: { s: Submission }) => {
  const translate = useTranslate();
  const color = s.status === 'submitted' ? (s.late ? 'warning' : 'success') : s.status === 'overdue' ? 'error' : 'default';
  return (
    <Stack direction="row" component="span" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      <Chip size="small" color={color} label={translate(`dondoc.report_periods.statuses.${s.status}`)} data-status={s.status} />
      {s.late && <Chip size="small" variant="outlined" label={translate('dondoc.report_periods.late')} />}
      {s.estimate && <Chip size="small" variant="outlined" label={translate('dondoc.report_periods.estimate')} />}
    </Stack>
  );
};

const Section = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => (
  <Card variant="outlined" component="section" data-testid={testId} sx={{ mt: 2, minWidth: 0 }}>
    <CardContent>
      <Typography variant="h6" component="h2" sx={{ mb: 1, fontSize: '1.05rem' }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** One reporting organisation's submission: status, figures per target, narrative, attachments. */
const SubmissionCard = ({ period, s }: { period: ReportPeriodDetail; s: Submission }) => {
  const translate = useTranslate();
  const files = period.files.filter((f) => f.organisationId === s.orgId && f.periodKey === period.period?.key);
  return (
    <Card variant="outlined" data-submission={s.orgId} sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
          {period.organisations[s.orgId] ?? s.orgId}
        </Typography>
        <StatusChip s={s} />
        {s.submittedAt && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('dondoc.report_periods.submitted_at', { date: formatDateTime(s.submittedAt) })}
          </Typography>
        )}
        {s.status === 'submitted' && period.figures.length > 0 && (
          <Box sx={{ overflowX: 'auto', mt: 1 }}>
            <Table size="small" aria-label={translate('dondoc.report_periods.figures')}>
              <TableBody>
                {period.figures.map((f) => (
                  <TableRow key={f.key} data-figure={f.key}>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{f.label}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {figureText(s.figures?.[f.key])} {f.unit ?? ''}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {s.narrative && (
          <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {s.narrative}
          </Typography>
        )}
        <EvidenceFiles files={files} subject="duties" subjectId={period.id} />
      </CardContent>
    </Card>
  );
};

const PeriodPage = () => {
  const period = useRecordContext<ReportPeriodDetail>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  // The list's row is shown as a placeholder while the detail loads: wait for the detail's fields.
  if (!period || !Array.isArray(period.figures) || !Array.isArray(period.files)) return <LinearProgress />;
  const can = (p: string) => Array.isArray(permissions) && permissions.includes(p);
  const myOrg = (identity as { organisation?: { id: string } } | undefined)?.organisation?.id;
  const mine = period.submissions.find((s) => s.orgId === myOrg);
  const specs = reportFormSpecs(dataProvider, period);
  const p = period.period;
  return (
    <Box sx={{ minWidth: 0, maxWidth: 960 }} data-testid="report-period-page">
      <Card variant="outlined" component="header">
        <CardContent>
          <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {period.title}
          </Typography>
          <Typography variant="subtitle1" data-testid="period-label">
            {period.periodLabel ?? translate('dondoc.report_periods.no_period')}
          </Typography>
          {p && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('dondoc.report_periods.cut_off', { from: formatDate(p.cutOffStart), to: formatDate(p.cutOffEnd) })}
              {' · '}
              {translate('dondoc.report_periods.due', { date: formatDeadline(p.dueAt) })} ({p.ruleText})
            </Typography>
          )}
          {p?.estimate && (
            <Alert severity="info" sx={{ mt: 1 }}>
              {translate('dondoc.report_periods.estimate_period')}
            </Alert>
          )}
          {period.overdue && (
            <Chip size="small" color="error" sx={{ mt: 1 }} label={translate('dondoc.work.inbox.overdue')} data-badge="overdue" />
          )}
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 2 }} data-testid="report-actions">
            {p && mine && mine.status !== 'submitted' && can('duties.submit') && (
              <ActionButton spec={specs.submit} title={`${period.title} — ${period.periodLabel ?? ''}`} layout="form" />
            )}
            {p && can('duties.consolidate') && !period.consolidation && (
              <ActionButton
                spec={specs.consolidate}
                title={`${period.title} — ${period.periodLabel ?? ''}`}
                layout="form"
              />
            )}
          </Stack>
        </CardContent>
      </Card>
      {period.consolidation && (
        <Section title={translate('dondoc.report_periods.consolidation')} testId="consolidation">
          <Typography variant="body2">{formatDateTime(period.consolidation.at)}</Typography>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('dondoc.report_periods.figures')}</TableCell>
                  <TableCell align="right">{translate('dondoc.report_periods.total')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {period.figures.map((f) => (
                  <TableRow key={f.key}>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{f.label}</TableCell>
                    <TableCell align="right">{figureText(period.consolidation?.totals[f.key])}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          {period.consolidation.narrative && (
            <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-line' }}>
              {period.consolidation.narrative}
            </Typography>
          )}
          {period.consolidation.missingOrgIds.length > 0 && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate('dondoc.report_periods.missing', {
                organisations: period.consolidation.missingOrgIds.map((o) => period.organisations[o] ?? o).join('; '),
              })}
            </Alert>
          )}
        </Section>
      )}
      <Section title={translate('dondoc.report_periods.submissions')} testId="submissions">
        <Stack spacing={1.5}>
          {period.submissions.map((s) => (
            <SubmissionCard key={s.orgId} period={period} s={s} />
          ))}
        </Stack>
      </Section>
    </Box>
  );
};

/** One duty's current period: submissions, the department's report form, the consolidation. */
export const ReportPeriodShow = () => (
  <Show component="div" actions={false} sx={{ minWidth: 0 }}>
    <PeriodPage />
  </Show>
);
