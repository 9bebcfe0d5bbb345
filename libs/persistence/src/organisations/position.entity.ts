import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** A post in an organisation with its portfolio, e.g. "Phó Chủ tịch" / "phụ trách khối VH-XH". */
@Entity('positions')
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_positions_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Free text as documents phrase it: "phụ trách Lao động - Thương binh và Xã hội". */
  @Column({ type: 'text', nullable: true })
  portfolio!: string | null;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_positions_organisation' })
  organisation?: OrganisationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
