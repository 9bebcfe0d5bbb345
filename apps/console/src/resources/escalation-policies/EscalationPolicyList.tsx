import { CreateButton, Datagrid, FunctionField, List, NumberField, TextField, TopToolbar, useTranslate } from 'react-admin';
import { SearchFilter } from '../../components';
import { label } from './choices';
import type { EscalationPolicy } from '@dondoc/contracts';
import { stepMark } from './step-label';

const filters = [<SearchFilter key="q" source="q" alwaysOn />];

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** Policies by name with their ladder at a glance ("T−5 Người được giao → T+0 Lãnh đạo phụ trách …"). */
export const EscalationPolicyList = () => {
  const translate = useTranslate();
  return (
    <List title="dondoc.escalation_policies.name" filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <Datagrid rowClick="edit" bulkActionButtons={false} empty={<p>{translate('dondoc.escalation_policies.empty')}</p>}>
        <TextField source="name" label={label('name')} />
        <FunctionField<EscalationPolicy>
          label={label('steps')}
          sortable={false}
          render={(r) => r.steps.map((s) => `${stepMark(s.offsetDays)} ${translate(`dondoc.escalation_policies.audiences.${s.audience}`)}`).join(' → ')}
        />
        <TextField source="sendAt" label={label('sendAt')} sortable={false} />
        <NumberField source="usedBy" label={label('usedBy')} sortable={false} />
      </Datagrid>
    </List>
  );
};
