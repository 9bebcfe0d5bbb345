// `GET /api/dashboard`: aggregated by the API (apps/api/src/dashboard), charted by the console.

/** Lead tasks of one organisation by live status. */
export interface OrganisationTaskCounts {
  organisationId: string;
  organisationName: string | null;
  overdue: number;
  dueSoon: number;
  inProgress: number;
  awaitingConfirmation: number;
  completedOnTime: number;
  completedLate: number;
  /** Paused, refused, redo, superseded, recalled. */
  other: number;
  total: number;
}

export interface CompletionRate {
  completed: number;
  onTime: number;
  late: number;
  /** onTime / completed, null when nothing is completed yet (not 0%: nothing was late either). */
  onTimeRate: number | null;
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

/** A plan target: baseline → target vs the latest reported value. */
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

export interface DashboardView {
  generatedAt: string;
  planId: string | null;
  year: number | null;
  tasksByOrganisation: OrganisationTaskCounts[];
  completion: CompletionRate;
  submissionsByPeriod: PeriodSubmissions[];
  targets: TargetProgress[];
}
