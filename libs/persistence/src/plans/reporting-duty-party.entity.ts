import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PlanReportingDutyEntity } from './plan-reporting-duty.entity';
import {
  DUTY_PARTY_ROLES,
  MATCH_METHODS,
  PARTY_KINDS,
  sqlList,
  type DutyPartyRole,
  type MatchMethod,
  type PartyKind,
} from './plan.types';

/** Who reports under a duty, or who receives the report; as written and as resolved. */
@Entity('reporting_duty_parties')
@Index('ix_reporting_duty_parties_duty', ['dutyId', 'role', 'position'])
@Index('ix_reporting_duty_parties_organisation', ['organisationId'])
@Check('ck_reporting_duty_parties_role', `role IN (${sqlList(DUTY_PARTY_ROLES)})`)
@Check('ck_reporting_duty_parties_party_kind', `party_kind IN (${sqlList(PARTY_KINDS)})`)
@Check('ck_reporting_duty_parties_match', `match_method IN (${sqlList(MATCH_METHODS)})`)
@Check('ck_reporting_duty_parties_resolved', `resolved = (organisation_id IS NOT NULL)`)
export class ReportingDutyPartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dutyId!: string;

  @ManyToOne(() => PlanReportingDutyEntity, (d) => d.parties, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'duty_id', foreignKeyConstraintName: 'fk_reporting_duty_parties_duty' })
  duty?: PlanReportingDutyEntity;

  @Column({ type: 'text' })
  role!: DutyPartyRole;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_reporting_duty_parties_organisation' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  nameKey!: string;

  @Column({ type: 'text' })
  partyKind!: PartyKind;

  @Column({ type: 'boolean' })
  resolved!: boolean;

  @Column({ type: 'text' })
  matchMethod!: MatchMethod;

  @Column({ type: 'real', nullable: true })
  matchConfidence!: number | null;
}
