// `GET|PUT /api/plans/:id/content` and `GET /api/plans/:id/timeline`: defined once, in @dondoc/contracts (types only).
export type {
  PlanContentEdited,
  PlanContentEditBody as PlanContentEdit,
  PlanContentView as PlanContent,
  PlanTimelineEvent,
  TargetComparatorCode as TargetComparator,
  TimelinePerson,
} from '@dondoc/contracts';
