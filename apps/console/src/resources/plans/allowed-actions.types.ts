// `GET /api/plans/:id/allowed-actions`: the shapes are defined once, in @dondoc/contracts (types only here).
export type {
  ActionInput as PlanActionInput,
  AllowedPlanAction,
  AllowedPlanActions,
  PlanStepKey,
} from '@dondoc/contracts';
