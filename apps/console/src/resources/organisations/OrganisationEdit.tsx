import { Edit } from 'react-admin';
import { OrganisationForm } from './OrganisationForm';

// Pessimistic: the server confirms before the UI shows the change.
export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <OrganisationForm isCreate={false} />
  </Edit>
);
