import { Create } from 'react-admin';
import { EscalationPolicyForm } from './EscalationPolicyForm';

export const EscalationPolicyCreate = () => (
  <Create title="dondoc.escalation_policies.create_title" redirect="list">
    <EscalationPolicyForm isCreate />
  </Create>
);
