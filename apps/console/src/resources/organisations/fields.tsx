import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Organisation } from '@dondoc/contracts';
import { formatDate, todayInVietnam } from '../../format/date';
import { validityState } from './validity';

/** Kind label; an unknown kind from the API is shown as it came. */
export const KindField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Organisation>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`dondoc.organisation_kinds.${record.kind}`, { _: record.kind })}
    </Typography>
  );
};


/** "Còn hiệu lực / Hết hiệu lực" chip plus the date range. */
export const ValidityField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Organisation>();
  const translate = useTranslate();
  if (!record) return null;
  const state = validityState(record, todayInVietnam());
  // Unknown bounds (null) are common for bodies that predate the system: show the chip only.
  const range =
    record.validFrom || record.validTo
      ? translate('dondoc.validity.range', {
          from: record.validFrom ? formatDate(record.validFrom) : '…',
          to: record.validTo ? formatDate(record.validTo) : translate('dondoc.validity.open_ended'),
        })
      : '';
  return (
    <span>
      <Chip
        size="small"
        color={state === 'current' ? 'success' : 'default'}
        variant={state === 'current' ? 'filled' : 'outlined'}
        label={translate(`dondoc.validity.${state}`)}
        sx={{ mr: 1 }}
      />
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {range}
      </Typography>
    </span>
  );
};
