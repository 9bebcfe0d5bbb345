import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Plan } from '@dondoc/contracts';

const ISSUED_LIKE = new Set(['issued', 'numbered', 'signed']);

/** Status in the Vietnamese vocabulary of Decree 30/2020; unknown statuses are shown raw. */
export const PlanStatusField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Plan>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={ISSUED_LIKE.has(record.status) ? 'success' : 'default'}
      label={translate(`dondoc.plan_statuses.${record.status}`, { _: record.status })}
    />
  );
};
