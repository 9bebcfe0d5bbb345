export * from './escalation-policy.entity';
export * from './escalation.registry';
