import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  PasswordInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  email,
  minLength,
  regex,
  required,
} from 'react-admin';
import { SaveOnlyToolbar } from '../../components';
import { roleChoices } from './choices';

const searchQ = (q: string) => ({ q });
// Same rule as the API (users.dto.ts), so the form says it before the server does.
const usernameRule = regex(/^[a-z0-9._-]{2,64}$/, 'dondoc.users.username_rule');

// Positions belong to an organisation: offer only those of the chosen one.
const PositionInput = () => {
  const organisationId = useWatch({ name: 'organisationId' }) as string | undefined;
  return (
    <ReferenceInput
      source="positionId"
      reference="positions"
      filter={organisationId ? { organisationId } : {}}
      sort={{ field: 'title', order: 'ASC' }}
    >
      <AutocompleteInput optionText="title" filterToQuery={searchQ} />
    </ReferenceInput>
  );
};

/**
 * Create: username and password required. Edit: the username is permanent (disabled) and a
 * password typed in is a new password; left empty, it is not sent.
 */
export const UserForm = ({ isCreate }: { isCreate: boolean }) => (
  <SimpleForm toolbar={<SaveOnlyToolbar />} defaultValues={isCreate ? { roles: [] } : undefined}>
    <TextInput source="fullName" validate={required()} fullWidth />
    <TextInput
      source="username"
      validate={isCreate ? [required(), usernameRule] : undefined}
      disabled={!isCreate}
      autoComplete="off"
      helperText={isCreate ? 'dondoc.users.username_rule' : 'dondoc.users.username_permanent'}
    />
    <TextInput source="email" type="email" validate={email()} />
    <PasswordInput
      source="password"
      label={isCreate ? 'resources.users.fields.password' : 'dondoc.users.new_password'}
      validate={isCreate ? [required(), minLength(8)] : minLength(8)}
      autoComplete="new-password"
      helperText={isCreate ? false : 'dondoc.users.new_password_help'}
    />
    <CheckboxGroupInput source="roles" choices={roleChoices} validate={required()} />
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" validate={required()} filterToQuery={searchQ} />
    </ReferenceInput>
    <PositionInput />
    {!isCreate && <BooleanInput source="active" helperText="dondoc.users.active_help" />}
  </SimpleForm>
);
