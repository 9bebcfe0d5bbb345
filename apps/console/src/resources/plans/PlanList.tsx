import { useMediaQuery, type Theme } from '@mui/material';
import {
  Datagrid,
  FilterButton,
  List,
  NumberInput,
  SelectInput,
  SimpleList,
  TextField,
  TextInput,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { SearchFilter, ShowLinkField } from '../../components';
import { VnDateField } from '../../fields';
import { formatDate } from '../../format/date';
import type { Plan } from '@dondoc/contracts';
import { IMPORT_PERMISSION, ImportPlanButton } from '../import-jobs';
import { sourceChoices, statusChoices } from './choices';
import { PlanStatusField } from './PlanStatusField';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <NumberInput key="year" source="year" min={1900} max={2200} />,
  <TextInput key="issuer" source="issuer" />,
  <SelectInput key="source" source="source" choices={sourceChoices} />,
];

// No create button: plans enter by import for now ("Nhập kế hoạch", for those with plans.import);
// drafting comes with the plan lifecycle.
const ListActions = () => {
  const { permissions } = usePermissions<string[]>();
  return (
    <TopToolbar>
      <FilterButton />
      {Array.isArray(permissions) && permissions.includes(IMPORT_PERMISSION) && <ImportPlanButton />}
    </TopToolbar>
  );
};

export const PlanList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    // No empty page: it would hide the toolbar, and with it "Nhập kế hoạch", until a first plan exists.
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'issuedOn', order: 'DESC' }}
      perPage={25}
      empty={false}
    >
      {isSmall ? (
        <SimpleList<Plan>
          primaryText={(r) => r.title}
          secondaryText={(r) => [r.numberText, formatDate(r.issuedOn)].filter(Boolean).join(' · ')}
          tertiaryText={(r) => translate(`dondoc.plan_statuses.${r.status}`, { _: r.status })}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="numberText" sortable={false} emptyText="—" />
          <ShowLinkField source="title" />
          <TextField source="issuerName" sortable={false} emptyText="—" />
          <VnDateField source="issuedOn" emptyText="—" />
          <PlanStatusField source="status" label="resources.plans.fields.status" />
        </Datagrid>
      )}
    </List>
  );
};
