import { Chip, Stack, useMediaQuery, type Theme } from '@mui/material';
import { BooleanInput, Datagrid, FunctionField, List, SimpleList, TextField, useTranslate } from 'react-admin';
import { ShowLinkField } from '../../components';
import { formatDate, formatDeadline } from '../../format/date';
import type { DutyRow as ReportPeriodRow } from '@dondoc/contracts';

const filters = [<BooleanInput key="overdue" source="overdue" alwaysOn />];

const Counts = ({ r }: { r: ReportPeriodRow }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" component="span" sx={{ flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
      <span data-testid="received">{translate('dondoc.report_periods.received', { submitted: r.submitted, reporters: r.reporters })}</span>
      {r.overdue && <Chip size="small" color="error" label={translate('dondoc.work.inbox.overdue')} data-badge="overdue" />}
      {r.consolidated && <Chip size="small" color="success" label={translate('dondoc.report_periods.consolidated')} />}
    </Stack>
  );
};

const cutOff = (r: ReportPeriodRow) => (r.cutOffStart ? `${formatDate(r.cutOffStart)} – ${formatDate(r.cutOffEnd)}` : '—');

/** "Kỳ báo cáo": each reporting duty's current period (a department sees those it reports on). */
export const ReportPeriodList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'dueAt', order: 'ASC' }} perPage={25} empty={false}>
      {isSmall ? (
        <SimpleList<ReportPeriodRow>
          primaryText={(r) => r.title}
          secondaryText={(r) =>
            `${r.periodLabel ?? translate('dondoc.report_periods.no_period')} · ${translate('dondoc.work.tasks.due')}: ${formatDeadline(r.dueAt)}`
          }
          tertiaryText={(r) => <Counts r={r} />}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ShowLinkField source="title" />
          <TextField source="periodLabel" sortable={false} emptyText="—" />
          <FunctionField<ReportPeriodRow> source="cutOffStart" sortable={false} render={cutOff} />
          <FunctionField<ReportPeriodRow> source="dueAt" render={(r) => formatDeadline(r.dueAt) || '—'} />
          <FunctionField<ReportPeriodRow> source="submitted" sortable={false} render={(r) => <Counts r={r} />} />
        </Datagrid>
      )}
    </List>
  );
};
