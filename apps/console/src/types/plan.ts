import type { Id } from './rest';

// Mirrors apps/api/src/plans/plan.dto.ts (read-only in the console for now).

export const PLAN_STATUSES = [
  'draft',
  'consultation',
  'contentReview',
  'formatCheck',
  'awaitingApproval',
  'approved',
  'signed',
  'numbered',
  'issued',
  'withdrawn',
  'recalled',
  'replaced',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_SOURCES = ['born-digital', 'imported'] as const;
export type PlanSource = (typeof PLAN_SOURCES)[number];

/** `GET /api/plans` item. */
export interface Plan {
  id: Id;
  documentType: string;
  number: number | null;
  symbol: string | null;
  /** As written on the document, e.g. "4159 /KH-UBND". */
  numberText: string | null;
  issuerOrganisationId: Id | null;
  issuerName: string | null;
  year: number | null;
  registerYear: number | null;
  place: string | null;
  /** `YYYY-MM-DD`. */
  issuedOn: string | null;
  title: string;
  summary: string | null;
  status: PlanStatus | string;
  periodFrom: number | null;
  periodTo: number | null;
  source: PlanSource | string;
  currentRevisionId: Id | null;
  createdBy: Id | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlanSection {
  id: Id;
  parentId: Id | null;
  /** The original label: "IV.", "2.1.", "a)", "-", "+". */
  label: string;
  kind: string;
  title: string;
  text: string;
  position: number;
}

export interface PlanParty {
  name: string;
  nameKey: string;
  partyKind: 'organisation' | 'group' | 'position' | 'unknown' | string;
  organisationId: Id | null;
  resolved: boolean;
}

export interface PlanResponsibility {
  id: Id;
  itemPath: string[];
  project: string | null;
  subProject: string | null;
  mode: 'order' | 'request' | string;
  duties: string;
  indicatorCodes: string[];
  dueText: string | null;
  leads: PlanParty[];
  coordinators: PlanParty[];
}

export interface PlanLegalBasis {
  id: Id;
  citation: string;
  relation: string;
}

/** `GET /api/plans/:id`. Other parts (targets, budget lines, duties, recipients, relations) are not shown yet. */
export interface PlanDetail extends Plan {
  sections: PlanSection[];
  responsibilities: PlanResponsibility[];
  legalBases: PlanLegalBasis[];
}
