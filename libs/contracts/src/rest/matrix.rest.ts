// `GET /api/plans/:id/matrix`: the assignment matrix of a plan (built by the domain's buildAssignmentMatrix).
import type { AssignmentMatrix } from '@dondoc/domain';

export type { MatrixCell, MatrixRow, MatrixWarning } from '@dondoc/domain';

/** Rows × organisation columns, with the organisations' names for the column headers. */
export interface PlanMatrix extends AssignmentMatrix {
  planId: string;
  /** Organisation id → name (columns without a known name are left out). */
  organisations: Record<string, string>;
}
