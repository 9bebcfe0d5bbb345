import { Box, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Plan } from '@dondoc/contracts';

/** Deadline years offered in the filter: a few around this year (plans run 5–10 years). */
export function yearChoices(now = new Date()): number[] {
  const y = now.getFullYear();
  return Array.from({ length: 9 }, (_, i) => y - 4 + i);
}

/** Plan and year filters; both kept in the address by the page. */
export const DashboardFilters = ({ planId, year, onChange }: { planId: string; year: string; onChange: (next: { plan: string; year: string }) => void }) => {
  const translate = useTranslate();
  const { data: plans } = useGetList<Plan>('plans', { pagination: { page: 1, perPage: 200 }, sort: { field: 'updatedAt', order: 'DESC' } });
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
      <TextField
        select
        size="small"
        label={translate('dondoc.dashboard.plan')}
        value={plans?.some((p) => String(p.id) === planId) ? planId : ''}
        onChange={(e) => onChange({ plan: e.target.value, year })}
        sx={{ flex: '0 1 420px', minWidth: 240, maxWidth: '100%' }}
        slotProps={{ select: { displayEmpty: true, MenuProps: { slotProps: { paper: { sx: { maxWidth: '90vw' } } } } }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{translate('dondoc.dashboard.all_plans')}</MenuItem>
        {(plans ?? []).map((p) => (
          <MenuItem key={p.id} value={String(p.id)} sx={{ whiteSpace: 'normal' }}>
            {p.numberText ? `${p.numberText} — ${p.title}` : p.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('dondoc.dashboard.year')}
        value={year}
        onChange={(e) => onChange({ plan: planId, year: e.target.value })}
        sx={{ flex: '0 0 180px' }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{translate('dondoc.dashboard.all_years')}</MenuItem>
        {yearChoices().map((y) => (
          <MenuItem key={y} value={String(y)}>
            {y}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
};
