import { DeleteButton, useRecordContext } from 'react-admin';
import { formatDate } from '../../format/date';
import type { CalendarException } from '@dondoc/contracts';

/** "Thu hồi": the API's DELETE revokes (the row and its audit trail stay); confirmed first. */
export const RevokeButton = () => {
  const record = useRecordContext<CalendarException>();
  if (!record || record.revokedAt) return null;
  return (
    <DeleteButton
      label="dondoc.calendar_exceptions.revoke"
      mutationMode="pessimistic"
      confirmTitle="dondoc.calendar_exceptions.revoke_confirm_title"
      confirmContent="dondoc.calendar_exceptions.revoke_confirm_content"
      translateOptions={{ date: formatDate(record.date) }}
      redirect="list"
    />
  );
};
