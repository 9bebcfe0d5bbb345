import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  CreateButton,
  FilterButton,
  Datagrid,
  ExportButton,
  List,
  NullableBooleanInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { SearchFilter, ShowLinkField } from '../../components';
import type { Organisation } from '@dondoc/contracts';
import { kindChoices } from './choices';
import { KindField, ValidityField } from './fields';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <NullableBooleanInput key="isStateAdministrative" source="isStateAdministrative" />,
  <BooleanInput key="current" source="current" label="dondoc.organisations.current_only" />,
];

// CreateButton hides itself when canAccess refuses "create".
const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    {/* The API pages at most 500 rows (ListQueryDto); react-admin would ask for 1000. */}
    <ExportButton maxResults={500} />
  </TopToolbar>
);

export const OrganisationList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      {isSmall ? (
        <SimpleList<Organisation>
          primaryText={(r) => r.name}
          secondaryText={(r) => translate(`dondoc.organisation_kinds.${r.kind}`, { _: r.kind })}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ShowLinkField source="name" />
          <TextField source="shortName" sortable={false} />
          <KindField source="kind" label="resources.organisations.fields.kind" />
          <BooleanField source="isStateAdministrative" sortable={false} />
          <ValidityField source="validFrom" label="resources.organisations.fields.validity" />
        </Datagrid>
      )}
    </List>
  );
};
