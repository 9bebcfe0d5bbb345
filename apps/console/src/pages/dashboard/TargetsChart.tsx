import { Box, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatNumber, formatPercent } from '../../format/number';
import { STATUS_COLOURS, TOOLTIP_ITEM } from './dashboard-colours';
import type { TargetProgress } from './dashboard.types';
import { DataTable } from './DataTable';
import { targetShare } from './target-share';

/**
 * Each target as the share of the way from baseline to target that the latest report covers
 * (targets have different units, so they share a 0–100% axis); the table gives the raw figures.
 */
export const TargetsChart = ({ rows, planChosen }: { rows: TargetProgress[]; planChosen: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!planChosen) return <Typography color="text.secondary">{translate('dondoc.dashboard.targets_pick_plan')}</Typography>;
  if (!rows.length) return <Typography color="text.secondary">{translate('dondoc.dashboard.targets_empty')}</Typography>;
  const data = rows.map((t, i) => ({ name: `${i + 1}. ${t.text.length > 60 ? `${t.text.slice(0, 57)}…` : t.text}`, share: Math.round((targetShare(t) ?? 0) * 100) }));
  return (
    <>
      <Box sx={{ width: '100%', height: Math.max(200, data.length * 36 + 60) }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={data} accessibilityLayer={false} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey="name" width={260} tick={{ fontSize: 12 }} />
            <Tooltip itemStyle={TOOLTIP_ITEM} formatter={(v) => formatPercent(Number(v) / 100, locale)} />
            <Bar dataKey="share" name={translate('dondoc.dashboard.series.reported')} fill={STATUS_COLOURS.reported} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <DataTable
        id="dashboard-targets"
        head={[
          translate('dondoc.dashboard.columns.target'),
          translate('dondoc.dashboard.columns.unit'),
          translate('dondoc.dashboard.series.baseline'),
          translate('dondoc.dashboard.series.target'),
          translate('dondoc.dashboard.series.reported'),
        ]}
        rows={rows.map((t) => ({
          key: t.targetId,
          cells: [
            t.text,
            t.unit ?? '',
            t.baseline,
            t.target,
            t.reported === null
              ? translate('dondoc.dashboard.not_reported')
              : `${formatNumber(t.reported, locale)} — ${translate('dondoc.dashboard.reported_in', {
                  period: t.reportedPeriodKey ?? '',
                  consolidated: t.consolidated ? translate('dondoc.dashboard.consolidated') : '',
                })}`,
          ],
        }))}
      />
    </>
  );
};
