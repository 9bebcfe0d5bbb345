// The parts of a plan revision as `GET /api/plans/:id` answers them (read by the importer or edited).
// Codes (kinds, relations, match methods…) are the persistence vocabulary, sent as they are stored.

/** Where an extracted item came from in the source file (lines of a text, paragraphs or cells of a .docx). */
export type SourceSpanView = Record<string, unknown>;

/** A numbered part of the document. */
export interface PlanSection {
  id: string;
  parentId: string | null;
  /** The original label: "IV.", "2.1.", "a)", "-", "+". */
  label: string;
  kind: string;
  title: string;
  text: string;
  position: number;
  sourceSpan: SourceSpanView | null;
}

/** A cited document ("Căn cứ…", "Thực hiện…"). */
export interface PlanLegalBasis {
  id: string;
  citation: string;
  docType: string | null;
  docNumber: string | null;
  docDate: string | null;
  issuer: string | null;
  /** `basis`, `implements` or `amends`. */
  relation: string;
  relatedPlanId: string | null;
  sourceSpan: SourceSpanView | null;
  confidence: number | null;
}

/** A target: indicator, baseline, value and comparator, unit, standard. */
export interface PlanTarget {
  id: string;
  text: string;
  indicatorCodes: string[];
  baseline: number | null;
  value: number | null;
  maxValue: number | null;
  comparator: string | null;
  unit: string | null;
  standard: string | null;
  dueYear: number | null;
  yearBreakdown: { year: number; value: number; text: string }[] | null;
  sectionPath: string[];
  sourceSpan: SourceSpanView | null;
  confidence: number | null;
}

/** A budget row: a project line, the stated total, or a statement. Amounts are whole VND as decimal strings. */
export interface PlanBudgetLine {
  id: string;
  kind: string;
  project: string | null;
  projectCode: string | null;
  subProject: string | null;
  subProjectCode: string | null;
  amountVnd: string | null;
  estimate: boolean;
  fundingSource: string | null;
  year: number | null;
  text: string;
  implementingUnits: { name: string; nameKey: string; organisationId: string | null; resolved: boolean }[];
  sourceSpan: SourceSpanView | null;
  confidence: number | null;
}

/** A party named by the document (lead, coordinator, reporter, recipient) and its catalogue match. */
export interface PlanParty {
  name: string;
  nameKey: string;
  /** `organisation`, `group`, `position` or `unknown`. */
  partyKind: string;
  organisationId: string | null;
  resolved: boolean;
  matchMethod: string;
  matchConfidence: number | null;
}

/** An assignment row: the duties of an item, its leads (chủ trì) and coordinators (phối hợp). */
export interface PlanResponsibility {
  id: string;
  itemPath: string[];
  project: string | null;
  subProject: string | null;
  tableRow: string | null;
  /** `order` (state bodies) or `request` (Party, Front, mass organisations). */
  mode: string;
  duties: string;
  indicatorCodes: string[];
  dueText: string | null;
  origin: string;
  leads: PlanParty[];
  coordinators: PlanParty[];
  sourceSpan: SourceSpanView | null;
  confidence: number | null;
}

/** A recurring reporting duty with its reporters and recipients. */
export interface PlanReportingDuty {
  id: string;
  frequency: string;
  /** `{month, day}` ("trước ngày 05/6"), month null for every month. */
  dueRule: { month: number | null; day: number; strict: boolean } | null;
  dueText: string | null;
  strict: boolean;
  text: string;
  cutOffOverride: Record<string, unknown> | null;
  reporters: PlanParty[];
  recipients: PlanParty[];
  sourceSpan: SourceSpanView | null;
  confidence: number | null;
}

/** A recipient of the document ("Nơi nhận"). */
export interface PlanRecipient {
  id: string;
  text: string;
  name: string;
  nameKey: string;
  mark: string | null;
  purpose: string | null;
  organisationId: string | null;
  matchMethod: string;
  matchConfidence: number | null;
  sourceSpan: SourceSpanView | null;
}

/** A relation to another document (implements, amends, replaces, corrects, recalls, references). */
export interface PlanRelation {
  id: string;
  kind: string;
  relatedPlanId: string | null;
  citation: string | null;
  createdAt: string;
}
