import { Create } from 'react-admin';
import { CalendarExceptionForm } from './CalendarExceptionForm';
import { useBroadcastNotice } from './use-broadcast-notice';

export const CalendarExceptionCreate = () => {
  const onSuccess = useBroadcastNotice();
  return (
    <Create title="dondoc.calendar_exceptions.create_title" mutationOptions={{ onSuccess }}>
      <CalendarExceptionForm isCreate />
    </Create>
  );
};
