// `GET /api/plans/:id/allowed-actions`: computed by the API, rendered by the console (one definition for both).

/** A plan step as the API routes name it (`POST /api/plans/:id/actions/<step>`; `start` is `POST …/workflow`, `amend` `POST …/amendments`). */
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

/** One choice of a select input: value and its label (a Vietnamese name, or an i18n key for fixed lists). */
export interface ActionChoice {
  id: string;
  name: string;
}

/** An input the step needs (dates are yyyy-mm-dd, shown dd/mm/yyyy by the console). */
export interface ActionInput {
  name: string;
  kind: 'text' | 'multiline' | 'number' | 'date' | 'select' | 'multiselect';
  required: boolean;
  choices?: ActionChoice[];
}

/** A step the caller may take now, or a refused one with the domain's Vietnamese reason. */
export interface AllowedPlanAction {
  action: PlanStepKey;
  /** i18n key of the button (console catalogue). */
  labelKey: string;
  allowed: boolean;
  /** Refusal code and Vietnamese reason (when not allowed). */
  code?: string;
  reason?: string;
  inputs: ActionInput[];
  /** Values the dialog opens with (the signer's capacity, default recipients, …). */
  initial?: Record<string, string>;
  /** Facts the dialog shows before confirming (the number to be given, that an edit voids the approval). */
  notes?: Record<string, string>;
}

/** The page's answer: where the plan stands and the steps for the caller. */
export interface AllowedPlanActions {
  /** The lifecycle status; null when the plan is not in the lifecycle yet. */
  status: string | null;
  revision: number | null;
  actions: AllowedPlanAction[];
}
