import { useMediaQuery, type Theme } from '@mui/material';
import {
  AutocompleteInput,
  BooleanField,
  CreateButton,
  FilterButton,
  Datagrid,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { SearchFilter, ShowLinkField } from '../../components';
import type { User } from '@dondoc/contracts';
import { roleChoices } from './choices';
import { RolesField } from './RolesField';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const UserList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'fullName', order: 'ASC' }} perPage={25}>
      {isSmall ? (
        <SimpleList<User> primaryText={(r) => r.fullName} secondaryText={(r) => r.username} linkType="show" />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ShowLinkField source="fullName" />
          <TextField source="username" />
          <RolesField source="roles" label="resources.users.fields.roles" sortable={false} />
          <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false} />
          <BooleanField source="active" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
