// REST types of the report-period pages (mirror apps/api/src/duties/duty.dto.ts and DutyView).
import type { StoredFile } from '../tasks/task-pages.types';

/** `GET /api/duties` item: a duty's current period. */
export interface ReportPeriodRow {
  id: string;
  planId: string;
  dutyId: string;
  title: string;
  periodKey: string | null;
  periodLabel: string | null;
  cutOffStart: string | null;
  cutOffEnd: string | null;
  dueAt: string | null;
  submitted: number;
  reporters: number;
  overdue: boolean;
  consolidated: boolean;
  updatedAt: string;
}

export interface Submission {
  orgId: string;
  status: 'open' | 'overdue' | 'submitted';
  submittedAt?: string;
  submittedBy?: string;
  late?: boolean;
  figures?: Record<string, number>;
  narrative?: string;
  estimate?: boolean;
  channel?: 'system' | 'fallback';
}

/** `GET /api/duties/:id`. */
export interface ReportPeriodDetail {
  id: string;
  workflowId: string;
  planId: string;
  dutyId: string;
  title: string;
  period: {
    key: string;
    cutOffStart: string;
    cutOffEnd: string;
    dueDate: string;
    dueAt: string;
    ruleText: string;
    estimate: boolean;
  } | null;
  periodLabel: string | null;
  overdue: boolean;
  submissions: Submission[];
  consolidation?: { by: string; at: string; narrative?: string; totals: Record<string, number>; missingOrgIds: string[] };
  closedPeriods: string[];
  schedule: { key: string; dueDate: string }[];
  organisations: Record<string, string>;
  figures: { key: string; label: string; unit: string | null }[];
  files: StoredFile[];
}
