import StairsIcon from '@mui/icons-material/Stairs';
import { EscalationPolicyCreate } from './EscalationPolicyCreate';
import { EscalationPolicyEdit } from './EscalationPolicyEdit';
import { EscalationPolicyList } from './EscalationPolicyList';

export { EscalationPolicyCreate, EscalationPolicyEdit, EscalationPolicyList };

/** Admin only: `canAccess` asks for `escalationPolicies.manage` for every action (providers/access.ts). */
export const escalationPolicies = {
  name: 'escalation-policies',
  list: EscalationPolicyList,
  create: EscalationPolicyCreate,
  edit: EscalationPolicyEdit,
  icon: StairsIcon,
  options: { label: 'dondoc.escalation_policies.menu' },
  recordRepresentation: 'name',
} as const;
