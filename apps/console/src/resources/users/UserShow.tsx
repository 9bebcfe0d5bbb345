import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RolesField } from './RolesField';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="fullName" />
      <TextField source="username" />
      <TextField source="email" emptyText="—" />
      <RolesField label="resources.users.fields.roles" />
      <ReferenceField source="organisationId" reference="organisations" />
      <ReferenceField source="positionId" reference="positions" emptyText="—" />
      <BooleanField source="active" />
    </SimpleShowLayout>
  </Show>
);
