import { type EscalationPolicy } from './escalation-policy.types';

/**
 * The default chase (domain.md §5): T−5 working days remind the owner, T−1 the unit head; at the
 * deadline the leader in charge gets the overdue notice; T+3 working days it reaches the chairman.
 */
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  id: 'default',
  name: 'Mặc định: T−5 người được giao, T−1 thủ trưởng đơn vị, T+0 lãnh đạo phụ trách, T+3 Chủ tịch',
  steps: [
    { id: 'T-5', offset: { kind: 'workingDays', days: -5 }, audience: 'owner', kind: 'reminder' },
    { id: 'T-1', offset: { kind: 'workingDays', days: -1 }, audience: 'unitHead', kind: 'reminder' },
    { id: 'T+0', offset: { kind: 'workingDays', days: 0 }, audience: 'leaderInCharge', kind: 'overdue' },
    { id: 'T+3', offset: { kind: 'workingDays', days: 3 }, audience: 'chairman', kind: 'escalation' },
  ],
  stopWhen: ['done', 'extensionGranted', 'paused'],
  sendAt: { hour: 8, minute: 0 },
};

/** The leaders' ladder: 50% and 75% of the time remind the owner, breach goes to the leader in charge. */
export const LADDER_ESCALATION_POLICY: EscalationPolicy = {
  id: 'ladder-50-75-breach',
  name: 'Bậc thang: 50% và 75% thời gian nhắc người được giao, quá hạn báo lãnh đạo phụ trách',
  steps: [
    { id: '50%', offset: { kind: 'share', share: 0.5 }, audience: 'owner', kind: 'reminder' },
    { id: '75%', offset: { kind: 'share', share: 0.75 }, audience: 'unitHead', kind: 'reminder' },
    { id: 'breach', offset: { kind: 'share', share: 1 }, audience: 'leaderInCharge', kind: 'overdue' },
  ],
  stopWhen: ['done', 'extensionGranted', 'paused'],
  sendAt: { hour: 8, minute: 0 },
};
