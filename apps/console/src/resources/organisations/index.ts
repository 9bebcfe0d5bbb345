import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { OrganisationCreate } from './OrganisationCreate';
import { OrganisationEdit } from './OrganisationEdit';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';

export { OrganisationCreate, OrganisationEdit, OrganisationList, OrganisationShow };

export const organisations = {
  name: 'organisations',
  list: OrganisationList,
  show: OrganisationShow,
  create: OrganisationCreate,
  edit: OrganisationEdit,
  icon: CorporateFareIcon,
  recordRepresentation: 'name',
} as const;
