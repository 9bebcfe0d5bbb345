export { MatrixPage } from './MatrixPage';
export { MatrixTable, PlanMatrix } from './PlanMatrixTable';
export { withEarlyPlan } from './matrix-early-load';
