import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdministrativeUnitEntity } from './administrative-unit.entity';
import { SUCCESSION_KINDS, type SuccessionKind } from './succession.types';

/** A successor link between administrative units ("merged into", "split from"). */
@Entity('administrative_unit_successions')
@Check('ck_unit_successions_kind', `kind IN (${SUCCESSION_KINDS.map((k) => `'${k}'`).join(',')})`)
@Check('ck_unit_successions_distinct', `predecessor_id <> successor_id`)
export class AdministrativeUnitSuccessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  predecessorId!: string;

  @ManyToOne(() => AdministrativeUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessor_id', foreignKeyConstraintName: 'fk_unit_successions_predecessor' })
  predecessor?: AdministrativeUnitEntity;

  @Column({ type: 'uuid' })
  successorId!: string;

  @ManyToOne(() => AdministrativeUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'fk_unit_successions_successor' })
  successor?: AdministrativeUnitEntity;

  @Column({ type: 'text' })
  kind!: SuccessionKind;

  @Column({ type: 'date' })
  effectiveOn!: string;

  /** The legal basis, e.g. "Nghị quyết 1656/NQ-UBTVQH15". */
  @Column({ type: 'text', nullable: true })
  basis!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
