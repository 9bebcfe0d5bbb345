import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatDate } from '../format/date';

/** A date shown dd/mm/yyyy in Asia/Ho_Chi_Minh, in a `<time>` element for assistive tech. */
export const VnDateField = ({ source, emptyText }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value: unknown = record?.[source];
  if (typeof value !== 'string' || !value) {
    return emptyText ? (
      <Typography component="span" variant="body2">
        {translate(emptyText, { _: emptyText })}
      </Typography>
    ) : null;
  }
  return (
    <Typography component="span" variant="body2">
      <time dateTime={value}>{formatDate(value)}</time>
    </Typography>
  );
};
