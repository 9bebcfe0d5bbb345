/** `GET /api/dashboard` (apps/api/src/dashboard): aggregates over the workflows' projections. */
export interface OrganisationTaskCounts {
  organisationId: string;
  organisationName: string | null;
  overdue: number;
  dueSoon: number;
  inProgress: number;
  awaitingConfirmation: number;
  completedOnTime: number;
  completedLate: number;
  other: number;
  total: number;
}

export interface PeriodSubmissions {
  periodKey: string;
  dueAt: string | null;
  expected: number;
  submittedOnTime: number;
  submittedLate: number;
  missing: number;
  overdue: number;
}

export interface TargetProgress {
  targetId: string;
  text: string;
  unit: string | null;
  comparator: string | null;
  baseline: number | null;
  target: number | null;
  reported: number | null;
  reportedPeriodKey: string | null;
  consolidated: boolean;
}

export interface Dashboard {
  generatedAt: string;
  planId: string | null;
  year: number | null;
  tasksByOrganisation: OrganisationTaskCounts[];
  completion: { completed: number; onTime: number; late: number; onTimeRate: number | null };
  submissionsByPeriod: PeriodSubmissions[];
  targets: TargetProgress[];
}
