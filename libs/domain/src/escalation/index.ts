export * from './escalation-policy.types';
export * from './default-escalation-policies';
export * from './schedule-escalations';
export * from './escalation-stop';
export * from './resolve-escalation-recipient';
export * from './weekly-digest';
