import {
  BooleanField,
  ChipField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextArrayField,
  TextField,
  WithRecord,
} from 'react-admin';
import { VnDateField } from '../../fields';
import type { Organisation } from '@dondoc/contracts';
import { KindField, ValidityField } from './fields';

export const OrganisationShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="shortName" emptyText="—" />
      <TextField source="code" />
      <KindField label="resources.organisations.fields.kind" />
      <BooleanField source="isStateAdministrative" />
      <TextArrayField source="aliases" emptyText="—" />
      <ReferenceField source="unitId" reference="administrative-units" emptyText="—" />
      <ReferenceField source="parentId" reference="organisations" emptyText="—" />
      <ValidityField label="resources.organisations.fields.validity" />
      <VnDateField source="validFrom" emptyText="—" />
      <VnDateField source="validTo" emptyText="—" />
      {/* Successors appear once the API returns them (the contract; successions are their own table). */}
      <WithRecord<Organisation & { successorIds?: string[] }>
        label="resources.organisations.fields.successorIds"
        render={(record) =>
          record.successorIds?.length ? (
            <ReferenceArrayField source="successorIds" reference="organisations">
              <SingleFieldList linkType="show">
                <ChipField source="name" />
              </SingleFieldList>
            </ReferenceArrayField>
          ) : (
            <span>—</span>
          )
        }
      />
    </SimpleShowLayout>
  </Show>
);
