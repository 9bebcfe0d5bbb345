import type { Comparator } from '@dondoc/domain';
import type { Confidence, SourceSpan } from './source-span.types';
import type { PlanWarning } from './warning.types';

/** Fields common to every extracted item. */
export interface Extracted {
  span: SourceSpan;
  confidence: Confidence;
}

/** An organisation, group or position as written, with its alias-insensitive key. */
export interface PartyRef {
  /** As written (NFC, spaces normalised). */
  name: string;
  /** `organisationKey(name)`: equal for aliases ("Sở LĐTB&XH" = "Sở Lao động - Thương binh và Xã hội"). */
  key: string;
  /** organisation ("Sở Y tế"), group selector ("UBND các xã, phường"), position ("Công chức Tư pháp - Hộ tịch"), unknown. */
  kind: 'organisation' | 'group' | 'position' | 'unknown';
  /** State bodies receive orders; Party, Front and mass organisations receive requests. */
  isStateAdministrative: boolean;
}

export interface PlanDocumentInfo {
  /** Document type code, "KH" for plans. */
  type: string;
  /** Running number, null when blank ("Số: /KH-UBND") or absent. */
  number: number | null;
  /** "KH-UBND". */
  symbol: string | null;
  /** As written, e.g. "4159 /KH-UBND"; null when there is no "Số:" at all. */
  numberText: string | null;
  /** Normalised "4159/KH-UBND" (or "/KH-UBND" for a blank number). */
  numberNormalized: string | null;
  issuer: { name: string; key: string; level: 'province' | 'district' | 'commune' | 'unknown' } | null;
  place: string | null;
  /** ISO date or null (blank, absent or impossible). */
  issuedOn: string | null;
  /** The year the plan is for ("năm 2024"); the first year of a multi-year period. */
  year: number | null;
  /** The year of the issue date line (also for drafts "ngày tháng năm 2024"). */
  registerYear: number | null;
  title: string | null;
  /** Multi-year plans only ("giai đoạn 2021-2025"). */
  period: { from: number; to: number } | null;
  /** `draft` when unnumbered, undated or unsigned. */
  status: 'draft' | 'issued';
  /** Spans of number, date and title. */
  spans: { number?: SourceSpan; date?: SourceSpan; title?: SourceSpan; issuer?: SourceSpan };
  confidence: Confidence;
}

export interface Signer extends Partial<Extracted> {
  /** ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  capacityLines: string[];
  /** "PHÓ CHỦ TỊCH". */
  position: string | null;
  /** Null when unsigned. */
  name: string | null;
}

export interface LegalBasis extends Extracted {
  /** The citation as written (one document). */
  text: string;
  /** "Quyết định", "Nghị quyết", "Kế hoạch", "Công văn"… */
  docType: string | null;
  /** "90/QĐ-TTg". */
  number: string | null;
  date: string | null;
  issuer: string | null;
  /** How this plan relates to it: implements (thực hiện), amends (điều chỉnh), basis (căn cứ). */
  relation: 'basis' | 'implements' | 'amends';
}

export interface YearValue {
  year: number;
  value: number;
  text: string;
}

export interface Target extends Extracted {
  text: string;
  value: number | null;
  max?: number;
  unit: string | null;
  comparator: Comparator | null;
  /** Other quantities in the same sentence ("(Giảm 01 hộ nghèo)"). */
  secondary: Array<{ value: number; unit: string | null; comparator: Comparator; text: string }>;
  yearBreakdown: YearValue[];
  indicatorCodes: number[];
  /** "chuẩn của tỉnh" when a local standard is named. */
  standard: string | null;
  dueYear: number | null;
  sectionPath: string[];
}

export interface BudgetAmount extends Extracted {
  amountVnd: number | null;
  estimate: boolean;
  text: string;
  fundingSource: string | null;
}

export interface BudgetLine extends BudgetAmount {
  project: string | null;
  projectCode: string | null;
  subProject: string | null;
  subProjectCode: string | null;
  implementingUnits: PartyRef[];
}

export interface Budget {
  total: BudgetAmount | null;
  lines: BudgetLine[];
  /** Non-numeric statements ("theo nguồn ngân sách phân bổ"). */
  notes: Array<{ text: string; span: SourceSpan }>;
  /** Sum of the lines with an amount. */
  linesSumVnd: number | null;
}

export interface PlanItemRef {
  /** Labels and titles from the root: ["V. Tổ chức thực hiện", "1. Phòng Lao động…"]. */
  sectionPath: string[];
  project: string | null;
  subProject: string | null;
  /** STT in an appendix table ("1.3", "a"). */
  tableRow: string | null;
}

export interface Responsibility extends Extracted {
  leads: PartyRef[];
  coordinators: PartyRef[];
  mode: 'order' | 'request';
  duties: string[];
  indicatorCodes: number[];
  item: PlanItemRef;
  /** Deadline text when the source gives one ("Thời gian thực hiện"). */
  dueText: string | null;
  origin: 'section' | 'table' | 'projectBlock';
}

export type ReportFrequency = 'monthly' | 'quarterly' | 'semiannual' | 'nineMonth' | 'annual' | 'periodic' | 'adHoc';

export interface DueRule {
  /** Null for "trước ngày 20 hằng tháng" (every month). */
  month: number | null;
  day: number;
  /** "trước ngày 05/6": 5 June itself is late (strict reading). */
  strict: boolean;
}

export interface ReportingDuty extends Extracted {
  frequency: ReportFrequency;
  due: DueRule | null;
  dueText: string | null;
  reporters: PartyRef[];
  recipients: PartyRef[];
  text: string;
}

export interface Recipient extends Extracted {
  text: string;
  name: string;
  key: string;
  /** "b/c" as written, lower-cased. */
  mark: string | null;
  purpose: 'report' | 'implement' | 'coordinate' | 'info' | 'archive' | null;
}

export interface SectionNode {
  /** Original label: "IV.", "2.1.", "a)", "-", "+"; "" for unlabelled headings. */
  label: string;
  kind: 'roman' | 'number' | 'number2' | 'number3' | 'letter' | 'dash' | 'plus' | 'project' | 'subProject' | 'heading';
  title: string;
  /** Unlabelled paragraphs that belong to this node. */
  body: string[];
  span: SourceSpan;
  children: SectionNode[];
}

export interface ParsedPlan {
  /** Output schema version. */
  schemaVersion: 1;
  source: { fileName: string; format: 'docx' | 'md' | 'txt'; bytes: number; parserVersion: string };
  document: PlanDocumentInfo;
  signer: Signer;
  legalBases: LegalBasis[];
  targets: Target[];
  budget: Budget;
  responsibilities: Responsibility[];
  reportingDuties: ReportingDuty[];
  recipients: Recipient[];
  sections: SectionNode[];
  warnings: PlanWarning[];
}
