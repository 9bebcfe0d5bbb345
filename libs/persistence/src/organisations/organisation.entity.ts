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
import { ORGANISATION_KINDS, type OrganisationKind } from '@dondoc/domain';
import { AdministrativeUnitEntity } from './administrative-unit.entity';

export { ORGANISATION_KINDS, type OrganisationKind };

/**
 * An organisation: a People's Committee, one of its departments, a Party committee, the Fatherland
 * Front, a mass organisation, a school… State administrative bodies receive orders; the others
 * receive requests ("Đề nghị…").
 */
@Entity('organisations')
@Check('ck_organisations_kind', `kind IN (${ORGANISATION_KINDS.map((k) => `'${k}'`).join(',')})`)
@Check('ck_organisations_validity', `valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key for imports and the demo seed, e.g. `xa-tan-hoa.ubnd`. */
  @Index('uq_organisations_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  shortName!: string | null;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => AdministrativeUnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_organisations_unit' })
  unit?: AdministrativeUnitEntity | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_organisations_parent' })
  parent?: OrganisationEntity | null;

  /** Other names found in documents: "UBMTTQ", "Hội LHPN", "LĐTB&XH"… */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ type: 'boolean' })
  isStateAdministrative!: boolean;

  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  /** Last day of existence; set instead of deleting, so history keeps its issuers. */
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
