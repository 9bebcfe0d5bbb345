import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PositionEntity } from '../organisations/position.entity';
import { UserEntity } from '../users/user.entity';
import { sqlValues } from '../chase/chase.types';
import { SIGNING_CAPACITIES, type SigningCapacityValue, TUQ_CHECK } from './signing-authority.types';

/**
 * A person's power to sign for an issuing organisation (Decree 30 Art. 13): capacity (TM., KT.,
 * TUQ., TL., Q., or as head), scope (the organisation and the document types), validity, who granted
 * it. The API reads the signer's record at signing; the plan workflow checks it with the domain's
 * `checkSigningAuthority`. TUQ. rows must be time-limited and cannot be re-delegated (CHECK).
 */
@Entity('signing_authorities')
@Index('ix_signing_authorities_person', ['personId', 'agencyId'])
@Check('ck_signing_authorities_capacity', `capacity IN (${sqlValues(SIGNING_CAPACITIES)})`)
@Check(
  'ck_signing_authorities_granted_under',
  `granted_under IS NULL OR granted_under IN (${sqlValues(SIGNING_CAPACITIES)})`,
)
@Check('ck_signing_authorities_validity', `valid_until IS NULL OR valid_from < valid_until`)
@Check('ck_signing_authorities_tuq', TUQ_CHECK)
export class SigningAuthorityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_signing_authorities_person' })
  person?: UserEntity;

  /** The post the power comes with, when it does (e.g. "Phó Chủ tịch UBND xã"). */
  @Column({ type: 'uuid', nullable: true })
  positionId!: string | null;

  @ManyToOne(() => PositionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'fk_signing_authorities_position' })
  position?: PositionEntity | null;

  /** Scope: the issuing organisation the person signs for. */
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_signing_authorities_agency' })
  agency?: OrganisationEntity;

  @Column({ type: 'text' })
  capacity!: SigningCapacityValue;

  /** Scope: document types covered ("KH", …); null = all. */
  @Column({ type: 'text', array: true, nullable: true })
  documentTypes!: string[] | null;

  @Column({ type: 'timestamptz' })
  validFrom!: Date;

  /** Exclusive end; required for TUQ. */
  @Column({ type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'fk_signing_authorities_granted_by' })
  grantor?: UserEntity | null;

  /** For TUQ.: the capacity under which the grantor held the power (TUQ. here means re-delegation). */
  @Column({ type: 'text', nullable: true })
  grantedUnder!: SigningCapacityValue | null;

  @Column({ type: 'boolean', default: false })
  canRedelegate!: boolean;

  /** The decision or written authorisation it rests on. */
  @Column({ type: 'text', nullable: true })
  basis!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
