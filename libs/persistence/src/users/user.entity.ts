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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PositionEntity } from '../organisations/position.entity';

/** Application roles; what each may do is decided in the API's permission table. */
export const ROLES = ['admin', 'leader', 'department', 'clerk', 'standing-agency'] as const;
export type Role = (typeof ROLES)[number];

/** A person who can log in. The password hash never leaves the persistence/auth layer. */
@Entity('users')
@Check('ck_users_username', `username = lower(username) AND username ~ '^[a-z0-9._-]{2,64}$'`)
@Check('ck_users_roles', `roles <@ ARRAY[${ROLES.map((r) => `'${r}'`).join(',')}]::text[]`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case login name, unique. */
  @Index('uq_users_username', { unique: true })
  @Column({ type: 'text' })
  username!: string;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** argon2id hash. */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_users_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid', nullable: true })
  positionId!: string | null;

  @ManyToOne(() => PositionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'fk_users_position' })
  position?: PositionEntity | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
