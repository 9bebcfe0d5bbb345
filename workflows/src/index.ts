// The one bundle entry: every workflow type named in @dondoc/contracts WORKFLOW_TYPES.
export { assignedTaskWorkflow } from './task/assigned-task.workflow';
export { planLifecycleWorkflow } from './plan/plan-lifecycle.workflow';
export { reportingDutyWorkflow } from './duty/reporting-duty.workflow';
export { leaderDigestWorkflow } from './digest/leader-digest.workflow';
