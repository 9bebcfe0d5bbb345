import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type {
  Plan,
  PlanBudgetLine,
  PlanDetail,
  PlanLegalBasis,
  PlanParty,
  PlanRecipient,
  PlanRelation,
  PlanReportingDuty,
  PlanResponsibility,
  PlanRevisionRef,
  PlanSection,
  PlanTarget,
} from '@dondoc/contracts';
import {
  PLAN_SOURCES,
  PLAN_STATUSES,
  type PlanBudgetLineEntity,
  type PlanEntity,
  type PlanLegalBasisEntity,
  type PlanRecipientEntity,
  type PlanRelationEntity,
  type PlanReportingDutyEntity,
  type PlanResponsibilityEntity,
  type PlanRevisionEntity,
  type PlanSectionEntity,
  type PlanSource,
  type PlanStatusValue,
  type PlanTargetEntity,
  type ReportingDutyPartyEntity,
  type ResponsibilityAssigneeEntity,
} from '@dondoc/persistence';
import { ListQueryDto, toArray } from '../common/list-query.dto';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/** A plan document as lists show it. */
export class PlanDto implements Plan {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'KH' }) documentType!: string;
  @ApiProperty({ nullable: true, type: Number, example: 4159 }) number!: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'KH-UBND' }) symbol!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '4159 /KH-UBND' }) numberText!: string | null;
  @ApiProperty({ nullable: true, type: String }) issuerOrganisationId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'UBND thành phố Lai Châu' }) issuerName!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 2024 }) year!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 2023 }) registerYear!: number | null;
  @ApiProperty({ nullable: true, type: String }) place!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2023-12-29' }) issuedOn!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: PlanStatusValue;
  @ApiProperty({ nullable: true, type: Number }) periodFrom!: number | null;
  @ApiProperty({ nullable: true, type: Number }) periodTo!: number | null;
  @ApiProperty({ enum: PLAN_SOURCES }) source!: PlanSource;
  @ApiProperty({ nullable: true, type: String }) currentRevisionId!: string | null;
  @ApiProperty({ nullable: true, type: String }) createdBy!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** A plan with the content of its current revision. */
export class PlanDetailDto extends PlanDto implements PlanDetail {
  @ApiProperty({ nullable: true, type: Object }) currentRevision!: PlanRevisionRef | null;
  @ApiProperty({ type: [Object] }) sections!: PlanSection[];
  @ApiProperty({ type: [Object] }) legalBases!: PlanLegalBasis[];
  @ApiProperty({ type: [Object] }) targets!: PlanTarget[];
  @ApiProperty({ type: [Object] }) budgetLines!: PlanBudgetLine[];
  @ApiProperty({ type: [Object] }) responsibilities!: PlanResponsibility[];
  @ApiProperty({ type: [Object] }) reportingDuties!: PlanReportingDuty[];
  @ApiProperty({ type: [Object] }) recipients!: PlanRecipient[];
  @ApiProperty({ type: [Object] }) relations!: PlanRelation[];
}

const SORTS = ['createdAt', 'updatedAt', 'issuedOn', 'title', 'number', 'year', 'status'] as const;

/** GET /api/plans query: list contract plus filters. */
export class PlanListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: SORTS })
  @IsOptional()
  @IsIn(SORTS)
  sort: (typeof SORTS)[number] = 'createdAt';

  @ApiPropertyOptional({ type: [String], description: 'getMany: ?id=a&id=b' })
  @IsOptional()
  @Transform(toArray)
  @IsUUID('all', { each: true })
  id?: string[];

  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatusValue;

  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ description: 'Cơ quan ban hành (trong danh mục)' })
  @IsOptional()
  @IsUUID()
  issuerOrganisationId?: string;

  @ApiPropertyOptional({ description: 'Tên cơ quan ban hành như trên văn bản, không phân biệt dấu' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  issuer?: string;

  @ApiPropertyOptional({ enum: PLAN_SOURCES })
  @IsOptional()
  @IsIn(PLAN_SOURCES)
  source?: PlanSource;
}

/** Entity → list item. */
export function toPlanDto(p: PlanEntity): PlanDto {
  return {
    id: p.id,
    documentType: p.documentType,
    number: p.number,
    symbol: p.symbol,
    numberText: p.numberText,
    issuerOrganisationId: p.issuerOrganisationId,
    issuerName: p.issuerName,
    year: p.year,
    registerYear: p.registerYear,
    place: p.place,
    issuedOn: p.issuedOn,
    title: p.title,
    summary: p.summary,
    status: p.status,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    source: p.source,
    currentRevisionId: p.currentRevisionId,
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toRevisionDto(r: PlanRevisionEntity): PlanRevisionRef {
  return { id: r.id, number: r.number, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy, reason: r.reason };
}

export function toSectionDto(s: PlanSectionEntity): PlanSection {
  return {
    id: s.id,
    parentId: s.parentId,
    label: s.label,
    kind: s.kind,
    title: s.title,
    text: s.text,
    position: s.position,
    sourceSpan: s.sourceSpan,
  };
}

export function toLegalBasisDto(b: PlanLegalBasisEntity): PlanLegalBasis {
  return {
    id: b.id,
    citation: b.citation,
    docType: b.docType,
    docNumber: b.docNumber,
    docDate: b.docDate,
    issuer: b.issuer,
    relation: b.relation,
    relatedPlanId: b.relatedPlanId,
    sourceSpan: b.sourceSpan,
    confidence: b.confidence,
  };
}

export function toTargetDto(t: PlanTargetEntity): PlanTarget {
  return {
    id: t.id,
    text: t.text,
    indicatorCodes: t.indicatorCodes,
    baseline: t.baseline,
    value: t.value,
    maxValue: t.maxValue,
    comparator: t.comparator,
    unit: t.unit,
    standard: t.standard,
    dueYear: t.dueYear,
    yearBreakdown: t.yearBreakdown,
    sectionPath: t.sectionPath,
    sourceSpan: t.sourceSpan,
    confidence: t.confidence,
  };
}

/** Budget amounts leave as decimal strings (whole VND): JSON numbers lose precision past 2^53. */
export function toBudgetLineDto(l: PlanBudgetLineEntity): PlanBudgetLine {
  return {
    id: l.id,
    kind: l.kind,
    project: l.project,
    projectCode: l.projectCode,
    subProject: l.subProject,
    subProjectCode: l.subProjectCode,
    amountVnd: l.amountVnd,
    estimate: l.estimate,
    fundingSource: l.fundingSource,
    year: l.year,
    text: l.text,
    implementingUnits: l.implementingUnits ?? [],
    sourceSpan: l.sourceSpan,
    confidence: l.confidence,
  };
}

function toPartyDto(a: ResponsibilityAssigneeEntity | ReportingDutyPartyEntity): PlanParty {
  return {
    name: a.name,
    nameKey: a.nameKey,
    partyKind: a.partyKind,
    organisationId: a.organisationId,
    resolved: a.resolved,
    matchMethod: a.matchMethod,
    matchConfidence: a.matchConfidence,
  };
}

export function toResponsibilityDto(r: PlanResponsibilityEntity, assignees: readonly ResponsibilityAssigneeEntity[]): PlanResponsibility {
  const mine = assignees.filter((a) => a.responsibilityId === r.id);
  return {
    id: r.id,
    itemPath: r.itemPath,
    project: r.project,
    subProject: r.subProject,
    tableRow: r.tableRow,
    mode: r.mode,
    duties: r.duties,
    indicatorCodes: r.indicatorCodes,
    dueText: r.dueText,
    origin: r.origin,
    leads: mine.filter((a) => a.role === 'lead').map(toPartyDto),
    coordinators: mine.filter((a) => a.role === 'coordinator').map(toPartyDto),
    sourceSpan: r.sourceSpan,
    confidence: r.confidence,
  };
}

export function toReportingDutyDto(d: PlanReportingDutyEntity, parties: readonly ReportingDutyPartyEntity[]): PlanReportingDuty {
  const mine = parties.filter((p) => p.dutyId === d.id);
  return {
    id: d.id,
    frequency: d.frequency,
    dueRule: d.dueRule,
    dueText: d.dueText,
    strict: d.strict,
    text: d.text,
    cutOffOverride: d.cutOffOverride,
    reporters: mine.filter((p) => p.role === 'reporter').map(toPartyDto),
    recipients: mine.filter((p) => p.role === 'recipient').map(toPartyDto),
    sourceSpan: d.sourceSpan,
    confidence: d.confidence,
  };
}

export function toRecipientDto(r: PlanRecipientEntity): PlanRecipient {
  return {
    id: r.id,
    text: r.text,
    name: r.name,
    nameKey: r.nameKey,
    mark: r.mark,
    purpose: r.purpose,
    organisationId: r.organisationId,
    matchMethod: r.matchMethod,
    matchConfidence: r.matchConfidence,
    sourceSpan: r.sourceSpan,
  };
}

export function toRelationDto(r: PlanRelationEntity): PlanRelation {
  return {
    id: r.id,
    kind: r.kind,
    relatedPlanId: r.relatedPlanId,
    citation: r.citation,
    createdAt: r.createdAt.toISOString(),
  };
}
