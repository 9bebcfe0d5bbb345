import { Box, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { formatDeadline } from '../../format/date';
import { STATUS_COLOURS, TOOLTIP_ITEM } from './dashboard-colours';
import type { PeriodSubmissions } from './dashboard.types';
import { DataTable } from './DataTable';

const SERIES = ['submittedOnTime', 'submittedLate', 'missing'] as const;

/** Reports received vs expected per period (stacked: on time, late, not yet). */
export const SubmissionsChart = ({ rows }: { rows: PeriodSubmissions[] }) => {
  const translate = useTranslate();
  if (!rows.length) return <Typography color="text.secondary">{translate('dondoc.dashboard.submissions_empty')}</Typography>;
  return (
    <>
      <Box sx={{ width: '100%', height: 260 }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={rows} accessibilityLayer={false} margin={{ right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="periodKey" />
            <YAxis allowDecimals={false} />
            <Tooltip itemStyle={TOOLTIP_ITEM} />
            <Legend />
            {SERIES.map((s) => (
              <Bar key={s} dataKey={s} stackId="sub" name={translate(`dondoc.dashboard.series.${s}`)} fill={STATUS_COLOURS[s]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <DataTable
        id="dashboard-submissions"
        head={[translate('dondoc.dashboard.columns.period'), translate('dondoc.dashboard.columns.due'), translate('dondoc.dashboard.columns.expected'), ...SERIES.map((s) => translate(`dondoc.dashboard.series.${s}`))]}
        rows={rows.map((r) => ({ key: r.periodKey, cells: [r.periodKey, r.dueAt ? formatDeadline(r.dueAt) : '—', r.expected, ...SERIES.map((s) => r[s])] }))}
      />
    </>
  );
};
