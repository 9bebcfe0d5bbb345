import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PlanResponsibilityEntity } from './plan-responsibility.entity';
import {
  ASSIGNEE_ROLES,
  MATCH_METHODS,
  PARTY_KINDS,
  sqlList,
  type AssigneeRole,
  type MatchMethod,
  type PartyKind,
} from './plan.types';

/**
 * A lead (chủ trì) or coordinator (phối hợp) of a responsibility, as written and as resolved to
 * the organisation catalogue. Unresolved names (groups, unknown bodies) stay with
 * `organisationId` null for a person to map.
 */
@Entity('responsibility_assignees')
@Index('ix_responsibility_assignees_responsibility', ['responsibilityId', 'role', 'position'])
@Index('ix_responsibility_assignees_organisation', ['organisationId'])
@Check('ck_responsibility_assignees_role', `role IN (${sqlList(ASSIGNEE_ROLES)})`)
@Check('ck_responsibility_assignees_party_kind', `party_kind IN (${sqlList(PARTY_KINDS)})`)
@Check('ck_responsibility_assignees_match', `match_method IN (${sqlList(MATCH_METHODS)})`)
@Check('ck_responsibility_assignees_resolved', `resolved = (organisation_id IS NOT NULL)`)
export class ResponsibilityAssigneeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  responsibilityId!: string;

  @ManyToOne(() => PlanResponsibilityEntity, (r) => r.assignees, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'responsibility_id', foreignKeyConstraintName: 'fk_responsibility_assignees_responsibility' })
  responsibility?: PlanResponsibilityEntity;

  @Column({ type: 'text' })
  role!: AssigneeRole;

  /** Order within the role, from 0. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_responsibility_assignees_organisation' })
  organisation?: OrganisationEntity | null;

  /** As written in the document. */
  @Column({ type: 'text' })
  name!: string;

  /** `organisationKey(name)` of `@dondoc/domain`: equal for aliases, accents ignored. */
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
