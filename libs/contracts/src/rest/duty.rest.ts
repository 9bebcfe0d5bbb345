// `GET /api/duties` and `GET /api/duties/:id`: a reporting duty's periods as lists and the period page show them.
import type { DutyView } from '../duty.contract';
import type { StoredFileView } from './files.rest';

/** A list item: the duty's current period. */
export interface DutyRow {
  /** `duty:<plan>:<duty>`: the duty workflow's id. */
  id: string;
  planId: string;
  dutyId: string;
  title: string;
  periodKey: string | null;
  /** "6 tháng đầu năm 2027". */
  periodLabel: string | null;
  cutOffStart: string | null;
  cutOffEnd: string | null;
  dueAt: string | null;
  /** Reporting organisations that submitted. */
  submitted: number;
  reporters: number;
  /** Past the deadline with a reporter still missing. */
  overdue: boolean;
  consolidated: boolean;
  updatedAt: string;
}

/** A figure the reporters give: a target of the plan (or a key a submission used). */
export interface DutyFigure {
  key: string;
  label: string;
  unit: string | null;
}

/** One period of a duty for its page: the workflow's view, names, the plan's targets and the attachments. */
export type DutyDetail = DutyView & {
  id: string;
  periodLabel: string | null;
  overdue: boolean;
  /** Organisation id → name, for the reporters and the standing agency. */
  organisations: Record<string, string>;
  figures: DutyFigure[];
  files: StoredFileView[];
};
