// `GET /api/plans/:id/allowed-actions` (mirrors apps/api/src/plans/allowed-actions.ts), local like the other REST types.

/** A plan step as the API routes name it (`start` is `POST /api/plans/:id/workflow`, `amend` `POST …/amendments`). */
export type PlanStepKey =
  | 'start'
  | 'edit'
  | 'consultation'
  | 'consultation/reply'
  | 'consultation/close'
  | 'submit-for-review'
  | 'review-approve'
  | 'review-return'
  | 'approve'
  | 'sign'
  | 'number'
  | 'seal'
  | 'issue'
  | 'withdraw'
  | 'recall'
  | 'amend';

export interface PlanActionInput {
  name: string;
  kind: 'text' | 'multiline' | 'number' | 'date' | 'select' | 'multiselect';
  required: boolean;
  choices?: { id: string; name: string }[];
}

/** A step the user may take now, or a refused one with the domain's Vietnamese reason. */
export interface AllowedPlanAction {
  action: PlanStepKey;
  labelKey: string;
  allowed: boolean;
  code?: string;
  reason?: string;
  inputs: PlanActionInput[];
  initial?: Record<string, string>;
  notes?: Record<string, string>;
}

export interface AllowedPlanActions {
  status: string | null;
  revision: number | null;
  actions: AllowedPlanAction[];
}
