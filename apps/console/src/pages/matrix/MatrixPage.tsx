import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { Title, useGetList, useTranslate } from 'react-admin';
import type { Plan } from '@dondoc/contracts';
import { PlanMatrix } from './PlanMatrixTable';

/** "Ma trận phân công": choose a plan (`?plan=<id>` keeps the choice in the address), see its matrix. */
export const MatrixPage = () => {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan') ?? '';
  const { data: plans } = useGetList<Plan>('plans', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'updatedAt', order: 'DESC' },
  });
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('dondoc.work.matrix.title')} />
      <TextField
        select
        label={translate('dondoc.work.matrix.choose_plan')}
        value={plans?.some((p) => String(p.id) === planId) ? planId : ''}
        onChange={(e) => setParams({ plan: e.target.value })}
        sx={{ minWidth: 280, maxWidth: '100%', mb: 2 }}
        size="small"
        slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxWidth: '90vw' } } } } } }}
      >
        {(plans ?? []).map((p) => (
          <MenuItem key={p.id} value={String(p.id)} sx={{ whiteSpace: 'normal' }}>
            {p.numberText ? `${p.numberText} — ${p.title}` : p.title}
          </MenuItem>
        ))}
      </TextField>
      {planId ? <PlanMatrix planId={planId} /> : <Typography color="text.secondary">{translate('dondoc.work.matrix.no_plan')}</Typography>}
    </Box>
  );
};
