/**
 * Workflow type names: the exported function names in `workflows/src/index.ts`. The API starts
 * workflows by these names (it never imports workflow code).
 */
export const WORKFLOW_TYPES = {
  planLifecycle: 'planLifecycleWorkflow',
  assignedTask: 'assignedTaskWorkflow',
  reportingDuty: 'reportingDutyWorkflow',
  leaderDigest: 'leaderDigestWorkflow',
} as const;

export type WorkflowTypeName = (typeof WORKFLOW_TYPES)[keyof typeof WORKFLOW_TYPES];
