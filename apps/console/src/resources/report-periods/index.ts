import AssessmentIcon from '@mui/icons-material/Assessment';
import { ReportPeriodList } from './ReportPeriodList';
import type { DutyRow as ReportPeriodRow } from '@dondoc/contracts';
import { ReportPeriodShow } from './ReportPeriodShow';

export { ReportPeriodList, ReportPeriodShow };

/** Report periods: each reporting duty's current period (API `/duties`). */
export const reportPeriods = {
  name: 'report-periods',
  list: ReportPeriodList,
  show: ReportPeriodShow,
  icon: AssessmentIcon,
  recordRepresentation: (r: ReportPeriodRow) => r.title,
};
