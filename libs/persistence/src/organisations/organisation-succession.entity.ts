import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { SUCCESSION_KINDS, type SuccessionKind } from './succession.types';

/** A successor link between organisations; open tasks are re-homed along these links. */
@Entity('organisation_successions')
@Check('ck_org_successions_kind', `kind IN (${SUCCESSION_KINDS.map((k) => `'${k}'`).join(',')})`)
@Check('ck_org_successions_distinct', `predecessor_id <> successor_id`)
export class OrganisationSuccessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  predecessorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessor_id', foreignKeyConstraintName: 'fk_org_successions_predecessor' })
  predecessor?: OrganisationEntity;

  @Column({ type: 'uuid' })
  successorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'fk_org_successions_successor' })
  successor?: OrganisationEntity;

  @Column({ type: 'text' })
  kind!: SuccessionKind;

  @Column({ type: 'date' })
  effectiveOn!: string;

  /** What moved, when only part of the functions did (e.g. "giảm nghèo"). */
  @Column({ type: 'text', nullable: true })
  scope!: string | null;

  @Column({ type: 'text', nullable: true })
  basis!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
