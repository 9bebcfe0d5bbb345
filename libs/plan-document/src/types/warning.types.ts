import type { SourceSpan } from './source-span.types';

/** Codes of the importer's warnings: the plan was read, but a person should look. */
export enum PlanWarningCode {
  SumMismatch = 'SUM_MISMATCH',
  ImpossibleDate = 'IMPOSSIBLE_DATE',
  IndicatorWithoutOwner = 'INDICATOR_WITHOUT_OWNER',
  LeadIsCoordinator = 'LEAD_IS_COORDINATOR',
  UnresolvedName = 'UNRESOLVED_NAME',
  DuplicateDuty = 'DUPLICATE_DUTY',
  SectionNumberRepeated = 'SECTION_NUMBER_REPEATED',
  SectionNumberSkipped = 'SECTION_NUMBER_SKIPPED',
  NumberMissing = 'NUMBER_MISSING',
  DateMissing = 'DATE_MISSING',
  Unsigned = 'UNSIGNED',
  NumberFromAppendix = 'NUMBER_FROM_APPENDIX',
  HeaderMissing = 'HEADER_MISSING',
  TypoCorrected = 'TYPO_CORRECTED',
  NoLead = 'NO_LEAD',
  TableRowContinued = 'TABLE_ROW_CONTINUED',
  BudgetNotNumeric = 'BUDGET_NOT_NUMERIC',
}

/** A coded warning with a Vietnamese message and the spans it is about. */
export interface PlanWarning {
  code: PlanWarningCode;
  message: string;
  spans: SourceSpan[];
}
