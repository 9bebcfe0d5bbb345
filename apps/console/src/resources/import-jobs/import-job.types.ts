// Mirrors apps/api/src/plans/import-job.dto.ts and the importer's ParsedPlan
// (libs/plan-document/src/types): only the fields the review screen reads. The preview is stored
// as the importer wrote it, so every part is read defensively (older jobs may lack some).

/** Where an item came from: lines (.txt/.md), paragraphs (.docx) or a table cell. */
export type SourceSpan =
  | { kind: 'line'; line: number; endLine: number; text?: string }
  | { kind: 'paragraph'; paragraph: number; endParagraph: number; text?: string }
  | {
      kind: 'tableCell';
      table: number;
      row: number;
      column: number;
      endRow: number;
      line?: number;
      paragraph?: number;
      text?: string;
    };

export interface PartyRef {
  name: string;
  key: string;
  kind: 'organisation' | 'group' | 'position' | 'unknown' | string;
}

export interface PlanWarning {
  code: string;
  /** Vietnamese, from the importer. */
  message: string;
  spans: SourceSpan[];
}

export interface ParsedResponsibility {
  leads: PartyRef[];
  coordinators: PartyRef[];
  mode: 'order' | 'request' | string;
  duties: string[];
  item: { sectionPath: string[]; project: string | null; subProject: string | null; tableRow: string | null };
  dueText: string | null;
  span: SourceSpan;
}

export interface ParsedReportingDuty {
  frequency: string;
  dueText: string | null;
  reporters: PartyRef[];
  recipients: PartyRef[];
  text: string;
  span: SourceSpan;
}

export interface ParsedBudgetAmount {
  /** Whole VND; null when the text gives no number. */
  amountVnd: number | null;
  estimate: boolean;
  text: string;
  fundingSource: string | null;
  span: SourceSpan;
}

export interface ParsedBudgetLine extends ParsedBudgetAmount {
  project: string | null;
  subProject: string | null;
}

export interface ParsedSection {
  label: string;
  title: string;
  body: string[];
  span: SourceSpan;
  children: ParsedSection[];
}

export interface ParsedPlan {
  source?: { fileName: string; format: 'docx' | 'md' | 'txt'; bytes: number };
  document?: {
    number: number | null;
    symbol: string | null;
    numberText: string | null;
    issuer: { name: string; key: string } | null;
    place: string | null;
    issuedOn: string | null;
    year: number | null;
    title: string | null;
    period: { from: number; to: number } | null;
    spans?: { number?: SourceSpan; date?: SourceSpan; title?: SourceSpan; issuer?: SourceSpan };
  };
  signer?: { capacityLines: string[]; position: string | null; name: string | null; span?: SourceSpan };
  legalBases?: Array<{ text: string; span: SourceSpan }>;
  budget?: { total: ParsedBudgetAmount | null; lines: ParsedBudgetLine[]; linesSumVnd: number | null };
  responsibilities?: ParsedResponsibility[];
  reportingDuties?: ParsedReportingDuty[];
  sections?: ParsedSection[];
  warnings?: PlanWarning[];
}

export interface OrganisationCandidate {
  organisationId: string;
  organisationName: string;
  method: string;
  confidence: number;
}

/** A name nobody could match: for a person to map. */
export interface UnresolvedName {
  name: string;
  nameKey: string;
  partyKind: string;
  roles: string[];
  candidates: OrganisationCandidate[];
}

export interface NameMatch extends UnresolvedName {
  occurrences: number;
  organisationId: string | null;
  organisationName: string | null;
  method: string;
}

export const IMPORT_JOB_STATUSES = ['previewed', 'confirmed', 'failed'] as const;

/** `GET /api/import-jobs/:id`, `POST /api/plans/import`. */
export interface ImportJob {
  id: string;
  fileName: string;
  sizeBytes: number;
  kind: 'docx' | 'md' | 'txt';
  status: string;
  parsed: ParsedPlan | null;
  warnings: PlanWarning[];
  nameMatches: NameMatch[];
  unresolvedNames: UnresolvedName[];
  sameFileJobs: Array<{ id: string; status: string; confirmedPlanId: string | null }>;
  sameNumberPlans: Array<{ id: string; title: string; status: string; issuedOn: string | null }>;
  createdAt: string;
  confirmedPlanId: string | null;
  confirmedAt: string | null;
}

/** `GET /api/import-jobs` item (the review queue). */
export interface ImportJobSummary {
  id: string;
  fileName: string;
  sizeBytes: number;
  kind: string;
  status: string;
  title: string | null;
  numberText: string | null;
  warningCount: number;
  unresolvedCount: number;
  createdAt: string;
  confirmedPlanId: string | null;
}

/** `POST /api/import-jobs/:id/confirm` body. */
export interface ConfirmImportRequest {
  organisationMappings?: Record<string, string | null>;
}
