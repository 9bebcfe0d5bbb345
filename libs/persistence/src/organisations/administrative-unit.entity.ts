import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Levels of administrative units. Since 1 July 2025 only `province`, `centrally-run-city`,
 * `commune`, `ward` and `special-zone` are current; `district`, `district-town`, `district-city`
 * and `township` (thị trấn) survive on historical documents.
 */
export const ADMINISTRATIVE_UNIT_LEVELS = [
  'province',
  'centrally-run-city',
  'commune',
  'ward',
  'special-zone',
  'district',
  'district-town',
  'district-city',
  'township',
] as const;
export type AdministrativeUnitLevel = (typeof ADMINISTRATIVE_UNIT_LEVELS)[number];

/** An administrative unit (tỉnh, xã, phường, đặc khu, historical huyện…) with its validity period. */
@Entity('administrative_units')
@Check('ck_administrative_units_level', `level IN (${ADMINISTRATIVE_UNIT_LEVELS.map((l) => `'${l}'`).join(',')})`)
@Check('ck_administrative_units_validity', `valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to`)
export class AdministrativeUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key: the official unit code where known (e.g. GSO code), else a slug. */
  @Index('uq_administrative_units_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: AdministrativeUnitLevel;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AdministrativeUnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_administrative_units_parent' })
  parent?: AdministrativeUnitEntity | null;

  /** First day the unit exists (legal effect), `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  /** Last day the unit exists; null while current. */
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
