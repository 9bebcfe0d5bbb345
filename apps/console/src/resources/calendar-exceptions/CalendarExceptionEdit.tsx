import { Edit, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../format/date';
import type { CalendarException } from '@dondoc/contracts';
import { CalendarExceptionForm } from './CalendarExceptionForm';
import { useBroadcastNotice } from './use-broadcast-notice';

const EditTitle = () => {
  const record = useRecordContext<CalendarException>();
  const translate = useTranslate();
  return <span>{translate('dondoc.calendar_exceptions.edit_title', { date: record ? formatDate(record.date) : '' })}</span>;
};

// Pessimistic: the server validates against the calendar and confirms before the UI shows the change.
export const CalendarExceptionEdit = () => {
  const onSuccess = useBroadcastNotice();
  return (
    <Edit title={<EditTitle />} mutationMode="pessimistic" mutationOptions={{ onSuccess }}>
      <CalendarExceptionForm isCreate={false} />
    </Edit>
  );
};
