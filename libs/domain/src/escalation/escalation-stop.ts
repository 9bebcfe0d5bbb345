import { type EscalationPolicy, type EscalationStopCondition } from './escalation-policy.types';

/** The facts about a task that can stop its chase. */
export interface EscalationStopState {
  done?: boolean;
  extensionGranted?: boolean;
  paused?: boolean;
}

/** The first stop condition of the policy that holds, or null when the chase continues. */
export function escalationStopReason(policy: EscalationPolicy, state: EscalationStopState): EscalationStopCondition | null {
  return policy.stopWhen.find((c) => state[c] === true) ?? null;
}
