import DescriptionIcon from '@mui/icons-material/Description';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';
import type { Plan } from '@dondoc/contracts';

export { PlanList, PlanShow };

/** Read-only for now: plans arrive by import (API: GET /api/plans, GET /api/plans/:id). */
export const plans = {
  name: 'plans',
  list: PlanList,
  show: PlanShow,
  icon: DescriptionIcon,
  // Page titles: "Kế hoạch 35 /KH-UBND" rather than a two-line title.
  recordRepresentation: (r: Plan) => r.numberText ?? r.title,
};
