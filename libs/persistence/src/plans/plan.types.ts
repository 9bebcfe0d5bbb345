import { PLAN_STATUS_LABELS, type PlanStatus } from '@dondoc/domain';

/**
 * Vocabulary of the plan tables. Each list is also a CHECK constraint in the plans migration:
 * keep the two in step.
 */

/** Lifecycle statuses: the Decree 30 lifecycle of `@dondoc/domain` (its labels' keys, in lifecycle order). */
export const PLAN_STATUSES = Object.keys(PLAN_STATUS_LABELS) as readonly PlanStatus[];
export type PlanStatusValue = PlanStatus;

/** How a plan entered dondoc: drafted here, or imported from a file (historical or external). */
export const PLAN_SOURCES = ['born-digital', 'imported'] as const;
export type PlanSource = (typeof PLAN_SOURCES)[number];

/** Kinds of section labels, as the importer recognises them. */
export const SECTION_KINDS = [
  'roman',
  'number',
  'number2',
  'number3',
  'letter',
  'dash',
  'plus',
  'project',
  'subProject',
  'heading',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** How a plan uses a cited document ("Căn cứ…", "Thực hiện…", "điều chỉnh…"). */
export const LEGAL_BASIS_RELATIONS = ['basis', 'implements', 'amends'] as const;
export type LegalBasisRelation = (typeof LEGAL_BASIS_RELATIONS)[number];

/** Target comparators (`@dondoc/domain`'s `Comparator`). */
export const TARGET_COMPARATORS = ['eq', 'gt', 'gte', 'lt', 'lte', 'range', 'reduceBy'] as const;
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

/** A budget row: one project line, the stated total, or a non-numeric statement. */
export const BUDGET_LINE_KINDS = ['line', 'total', 'note'] as const;
export type BudgetLineKind = (typeof BUDGET_LINE_KINDS)[number];

/** State bodies receive orders; Party, Front and mass organisations receive requests ("Đề nghị…"). */
export const RESPONSIBILITY_MODES = ['order', 'request'] as const;
export type ResponsibilityMode = (typeof RESPONSIBILITY_MODES)[number];

/** Where an assignment row was read: a section, an appendix table, a project block. */
export const RESPONSIBILITY_ORIGINS = ['section', 'table', 'projectBlock', 'manual'] as const;
export type ResponsibilityOrigin = (typeof RESPONSIBILITY_ORIGINS)[number];

/** Chủ trì / phối hợp. */
export const ASSIGNEE_ROLES = ['lead', 'coordinator'] as const;
export type AssigneeRole = (typeof ASSIGNEE_ROLES)[number];

/** What a written party name denotes. */
export const PARTY_KINDS = ['organisation', 'group', 'position', 'unknown'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** Reporting frequencies. */
export const REPORT_FREQUENCIES = [
  'monthly',
  'quarterly',
  'semiannual',
  'nineMonth',
  'annual',
  'periodic',
  'adHoc',
] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];

/** Who reports, and to whom. */
export const DUTY_PARTY_ROLES = ['reporter', 'recipient'] as const;
export type DutyPartyRole = (typeof DUTY_PARTY_ROLES)[number];

/** Why a recipient ("Nơi nhận") gets the document: "(b/c)" report, "(t/h)" implement… */
export const RECIPIENT_PURPOSES = ['report', 'implement', 'coordinate', 'info', 'archive'] as const;
export type RecipientPurpose = (typeof RECIPIENT_PURPOSES)[number];

/** Relations between documents (Decree 30 Art. 18: amend, replace, correct, recall). */
export const DOCUMENT_RELATION_KINDS = [
  'implements',
  'amends',
  'replaces',
  'corrects',
  'recalls',
  'references',
] as const;
export type DocumentRelationKind = (typeof DOCUMENT_RELATION_KINDS)[number];

/** Import job states: previewed (parsed, waiting for a person), confirmed (a plan was created), failed. */
export const IMPORT_JOB_STATUSES = ['previewed', 'confirmed', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** File kinds the importer reads. */
export const IMPORT_FILE_KINDS = ['docx', 'md', 'txt'] as const;
export type ImportFileKind = (typeof IMPORT_FILE_KINDS)[number];

/** How a written name was matched to the organisation catalogue. */
export const MATCH_METHODS = ['exact', 'alias', 'contains', 'manual', 'none'] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];

/**
 * Where an extracted item came from in the source file (the importer's `SourceSpan`, stored as-is):
 * lines of a text file, paragraphs or table cells of a .docx.
 */
export type StoredSourceSpan = Record<string, unknown>;

/** SQL list for a CHECK constraint: `'a','b'`. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(',');
}
