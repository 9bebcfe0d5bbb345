import {
  BooleanInput,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  NumberInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { VnDateField } from '../../fields';
import { formatDate } from '../../format/date';
import type { CalendarException } from '@dondoc/contracts';
import { label } from './choices';

const filters = [
  <NumberInput key="year" source="year" label={label('year')} alwaysOn min={1900} max={2199} />,
  <BooleanInput key="revoked" source="revoked" label={label('revoked')} alwaysOn />,
];

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** Calendar exceptions by date; revoked ones on request (struck through). Rows open the edit form. */
export const CalendarExceptionList = () => {
  const translate = useTranslate();
  return (
    <List
      title="dondoc.calendar_exceptions.name"
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      empty={false}
    >
      <Datagrid
        rowClick={(_id, _resource, record) => (record.revokedAt ? false : 'edit')}
        bulkActionButtons={false}
        rowSx={(record) => (record.revokedAt ? { textDecoration: 'line-through', opacity: 0.6 } : {})}
        empty={<p>{translate('dondoc.calendar_exceptions.empty')}</p>}
      >
        <VnDateField source="date" label={label('date')} />
        <FunctionField<CalendarException>
          source="kind"
          label={label('kind')}
          render={(r) => translate(`dondoc.calendar_exceptions.kinds.${r.kind}`, { _: r.kind })}
        />
        <TextField source="reason" label={label('reason')} sortable={false} />
        <FunctionField<CalendarException>
          source="announcedAt"
          label={label('announcedAt')}
          render={(r) => formatDate(r.announcedAt)}
        />
        <FunctionField<CalendarException>
          source="revokedAt"
          label={label('revokedAt')}
          sortable={false}
          render={(r) => (r.revokedAt ? `${translate('dondoc.calendar_exceptions.revoked')} ${formatDate(r.revokedAt)}` : '')}
        />
      </Datagrid>
    </List>
  );
};
