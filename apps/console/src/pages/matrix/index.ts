export { MatrixPage } from './MatrixPage';
export { MatrixTable, PlanMatrix } from './PlanMatrixTable';
