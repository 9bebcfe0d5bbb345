// `GET /api/plans` and `GET /api/plans/:id`: plan documents and the content of their current revision.
import type { PlanStatus } from '@dondoc/domain';
import type {
  PlanBudgetLine,
  PlanLegalBasis,
  PlanRecipient,
  PlanRelation,
  PlanReportingDuty,
  PlanResponsibility,
  PlanSection,
  PlanTarget,
} from './plan-parts.rest';

export type { PlanStatus } from '@dondoc/domain';

/** A plan document as lists show it. */
export interface Plan {
  id: string;
  documentType: string;
  number: number | null;
  symbol: string | null;
  /** As written on the document, e.g. "4159 /KH-UBND". */
  numberText: string | null;
  issuerOrganisationId: string | null;
  issuerName: string | null;
  year: number | null;
  registerYear: number | null;
  place: string | null;
  /** `YYYY-MM-DD`. */
  issuedOn: string | null;
  title: string;
  summary: string | null;
  status: PlanStatus;
  periodFrom: number | null;
  periodTo: number | null;
  /** How the plan entered dondoc: `born-digital` or `imported`. */
  source: string;
  currentRevisionId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The current revision of a plan: number, who, when and why. */
export interface PlanRevisionRef {
  id: string;
  number: number;
  createdAt: string;
  createdBy: string | null;
  reason: string | null;
}

/** `GET /api/plans/:id`: the plan with every part of its current revision. */
export interface PlanDetail extends Plan {
  currentRevision: PlanRevisionRef | null;
  sections: PlanSection[];
  legalBases: PlanLegalBasis[];
  targets: PlanTarget[];
  budgetLines: PlanBudgetLine[];
  responsibilities: PlanResponsibility[];
  reportingDuties: PlanReportingDuty[];
  recipients: PlanRecipient[];
  relations: PlanRelation[];
}
