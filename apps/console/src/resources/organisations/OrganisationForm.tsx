import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
  required,
} from 'react-admin';
import { SaveOnlyToolbar } from '../../components';
import { kindChoices } from './choices';

const byName = { field: 'name', order: 'ASC' } as const;
const searchQ = (q: string) => ({ q });

// Validity is a calendar day: DateInput gives and takes `YYYY-MM-DD`, no time zone involved.
export const OrganisationForm = ({ isCreate }: { isCreate: boolean }) => (
  <SimpleForm
    toolbar={<SaveOnlyToolbar />}
    defaultValues={isCreate ? { isStateAdministrative: true, aliases: [] } : undefined}
  >
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="shortName" />
    <TextInput source="code" helperText="dondoc.organisations.code_help" />
    <SelectInput source="kind" choices={kindChoices} validate={required()} />
    <BooleanInput source="isStateAdministrative" helperText="dondoc.organisations.state_help" />
    <TextArrayInput source="aliases" helperText="dondoc.organisations.aliases_help" />
    <ReferenceInput source="unitId" reference="administrative-units" sort={byName}>
      <AutocompleteInput optionText="name" filterToQuery={searchQ} />
    </ReferenceInput>
    <ReferenceInput source="parentId" reference="organisations" sort={byName}>
      <AutocompleteInput optionText="name" filterToQuery={searchQ} />
    </ReferenceInput>
    <DateInput source="validFrom" />
    <DateInput source="validTo" helperText="dondoc.organisations.valid_to_help" />
  </SimpleForm>
);
