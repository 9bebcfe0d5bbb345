import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { StoredFileView } from '@dondoc/contracts';

/** Form fields sent with a report attachment (multipart, beside `file`). */
export class DutyFileFormDto {
  @ApiPropertyOptional({ example: '2027-H1', description: 'Kỳ báo cáo (mặc định: kỳ hiện tại)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  periodKey?: string;
}

/** A stored file as lists and uploads answer it (never the bytes). */
export class FileDto implements StoredFileView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Tham chiếu ghi vào quy trình: file:<mã>:<sha256>' }) ref!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ nullable: true, type: String }) periodKey!: string | null;
  @ApiProperty() uploadedBy!: string;
  @ApiProperty() uploadedAt!: string;
}

/** Multer's in-memory file. */
export interface UploadedEvidenceFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface FileRow {
  id: string;
  subject_kind: string;
  subject_id: string;
  period_key: string | null;
  organisation_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Date;
}

/** `file:<id>:<sha256>`: what a progress report or submission carries instead of the file. */
export const fileRef = (id: string, sha256: string): string => `file:${id}:${sha256}`;

/** The file id inside a reference made by {@link fileRef} (null for anything else). */
export function fileIdOfRef(ref: string): string | null {
  const m = /^file:([0-9a-f-]{36}):[0-9a-f]{64}$/.exec(ref);
  return m?.[1] ?? null;
}

export function toFileDto(r: FileRow): FileDto {
  return {
    id: r.id,
    ref: fileRef(r.id, r.sha256),
    fileName: r.file_name,
    contentType: r.content_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    organisationId: r.organisation_id,
    periodKey: r.period_key,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at.toISOString(),
  };
}
