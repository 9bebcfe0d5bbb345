import { Box, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { STATUS_COLOURS, TOOLTIP_ITEM } from './dashboard-colours';
import type { OrganisationTaskCounts } from './dashboard.types';
import { DataTable } from './DataTable';

const SERIES = ['overdue', 'dueSoon', 'inProgress', 'awaitingConfirmation'] as const;

/** Stacked bars per lead agency, the latest first; the same figures as a table for screen readers. */
export const TasksByOrganisationChart = ({ rows }: { rows: OrganisationTaskCounts[] }) => {
  const translate = useTranslate();
  if (!rows.length) return <Typography color="text.secondary">{translate('dondoc.dashboard.tasks_by_org_empty')}</Typography>;
  const data = rows.slice(0, 15).map((r) => ({ ...r, name: r.organisationName ?? r.organisationId }));
  return (
    <>
      <Box sx={{ width: '100%', height: Math.max(220, data.length * 36 + 80) }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={data} accessibilityLayer={false} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12 }} />
            <Tooltip itemStyle={TOOLTIP_ITEM} />
            <Legend />
            {SERIES.map((s) => (
              <Bar key={s} dataKey={s} stackId="tasks" name={translate(`dondoc.dashboard.series.${s}`)} fill={STATUS_COLOURS[s]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <DataTable
        id="dashboard-tasks-by-org"
        head={[translate('dondoc.dashboard.columns.organisation'), ...SERIES.map((s) => translate(`dondoc.dashboard.series.${s}`))]}
        rows={rows.map((r) => ({ key: r.organisationId, cells: [r.organisationName ?? r.organisationId, ...SERIES.map((s) => r[s])] }))}
      />
    </>
  );
};
