import { Edit, useRecordContext, useTranslate } from 'react-admin';
import type { EscalationPolicy } from '@dondoc/contracts';
import { EscalationPolicyForm } from './EscalationPolicyForm';

const EditTitle = () => {
  const record = useRecordContext<EscalationPolicy>();
  const translate = useTranslate();
  return <span>{translate('dondoc.escalation_policies.edit_title', { name: record?.name ?? '' })}</span>;
};

// Pessimistic: the server validates the policy and confirms before the UI shows the change.
export const EscalationPolicyEdit = () => (
  <Edit title={<EditTitle />} mutationMode="pessimistic" redirect="list">
    <EscalationPolicyForm isCreate={false} />
  </Edit>
);
