// `GET /api/dashboard`: the shapes are defined once, in @dondoc/contracts (types only here).
export type {
  DashboardView as Dashboard,
  OrganisationTaskCounts,
  PeriodSubmissions,
  TargetProgress,
} from '@dondoc/contracts';
