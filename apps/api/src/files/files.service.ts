import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FileSubjectKind } from '@dondoc/persistence';
import { permissionsOf } from '../auth/permissions';
import { ApiError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import { type FileDto, type FileRow, toFileDto, type UploadedEvidenceFile } from './file.dto';
import { contentTypeOf, FILE_TOO_LARGE_MESSAGE, FILE_TYPE_MESSAGE, MAX_FILE_BYTES } from './file-limits';

const FILE_COLUMNS = `id, subject_kind, subject_id, period_key, organisation_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at`;

/** A file with its bytes, for a download. */
export interface FileContent {
  file: FileDto;
  content: Buffer;
}

/**
 * Evidence of tasks and attachments of duty reports. Who may upload: the owning unit of the task,
 * a reporting organisation of the duty. Who may read: the uploader's organisation, the task's
 * owning unit, and the supervising side (leaders for tasks; leaders and the standing agency for
 * duties). Everyone else gets 403, before a byte is read.
 */
@Injectable()
export class FilesService {
  constructor(private readonly dataSource: DataSource) {}

  async uploadForTask(taskId: string, file: UploadedEvidenceFile | undefined, user: SessionUser): Promise<FileDto> {
    const owner = await this.taskOwner(taskId);
    if (owner !== user.organisationId) throw new ApiError('FORBIDDEN', 'Nhiệm vụ không thuộc đơn vị của bạn');
    return this.store('task', taskId, null, checked(file), user);
  }

  async listForTask(taskId: string, user: SessionUser): Promise<FileDto[]> {
    const owner = await this.taskOwner(taskId);
    const rows = await this.rows('task', taskId);
    const all = supervisesTasks(user) || owner === user.organisationId;
    return rows.filter((r) => all || r.organisation_id === user.organisationId).map(toFileDto);
  }

  async downloadForTask(taskId: string, fileId: string, user: SessionUser): Promise<FileContent> {
    const owner = await this.taskOwner(taskId);
    const found = await this.content('task', taskId, fileId);
    const allowed =
      supervisesTasks(user) || owner === user.organisationId || found.file.organisationId === user.organisationId;
    if (!allowed) throw new ApiError('FORBIDDEN', 'Bạn không có quyền tải tệp minh chứng của đơn vị khác');
    return found;
  }

  async uploadForDuty(
    dutyId: string,
    periodKey: string | undefined,
    file: UploadedEvidenceFile | undefined,
    user: SessionUser,
  ): Promise<FileDto> {
    const period = periodKey ?? (await this.currentPeriod(dutyId));
    const reporter = (await this.dataSource.query(
      `SELECT 1 FROM duty_submission_projections WHERE workflow_id = $1 AND period_key = $2 AND organisation_id = $3`,
      [dutyId, period, user.organisationId],
    )) as unknown[];
    if (reporter.length === 0)
      throw new ApiError('FORBIDDEN', 'Đơn vị của bạn không phải báo cáo kỳ này của nghĩa vụ báo cáo');
    return this.store('duty', dutyId, period, checked(file), user);
  }

  async listForDuty(dutyId: string, user: SessionUser): Promise<FileDto[]> {
    await this.currentPeriod(dutyId);
    const all = supervisesDuties(user);
    return (await this.rows('duty', dutyId))
      .filter((r) => all || r.organisation_id === user.organisationId)
      .map(toFileDto);
  }

  async downloadForDuty(dutyId: string, fileId: string, user: SessionUser): Promise<FileContent> {
    const found = await this.content('duty', dutyId, fileId);
    if (!supervisesDuties(user) && found.file.organisationId !== user.organisationId)
      throw new ApiError('FORBIDDEN', 'Bạn không có quyền tải tệp báo cáo của đơn vị khác');
    return found;
  }

  /** Files of a subject, oldest first (metadata only). */
  async rows(kind: FileSubjectKind, subjectId: string): Promise<FileRow[]> {
    return (await this.dataSource.query(
      `SELECT ${FILE_COLUMNS} FROM file_attachments WHERE subject_kind = $1 AND subject_id = $2 ORDER BY uploaded_at, id`,
      [kind, subjectId],
    )) as FileRow[];
  }

  private async store(
    kind: FileSubjectKind,
    subjectId: string,
    periodKey: string | null,
    file: UploadedEvidenceFile & { contentType: string; name: string },
    user: SessionUser,
  ): Promise<FileDto> {
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const rows = (await this.dataSource.query(
      `INSERT INTO file_attachments (subject_kind, subject_id, period_key, organisation_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${FILE_COLUMNS}`,
      [kind, subjectId, periodKey, user.organisationId, file.name, file.contentType, file.size, sha256, file.buffer, user.id],
    )) as FileRow[];
    return toFileDto(rows[0]!);
  }

  private async content(kind: FileSubjectKind, subjectId: string, fileId: string): Promise<FileContent> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(fileId))
      throw new ApiError('NOT_FOUND', 'Không tìm thấy tệp');
    const rows = (await this.dataSource.query(
      `SELECT ${FILE_COLUMNS}, content FROM file_attachments WHERE id = $1 AND subject_kind = $2 AND subject_id = $3`,
      [fileId, kind, subjectId],
    )) as (FileRow & { content: Buffer })[];
    const row = rows[0];
    if (!row) throw new ApiError('NOT_FOUND', 'Không tìm thấy tệp');
    return { file: toFileDto(row), content: row.content };
  }

  private async taskOwner(taskId: string): Promise<string> {
    const rows = (await this.dataSource.query(`SELECT organisation_id FROM task_projections WHERE workflow_id = $1`, [
      taskId,
    ])) as { organisation_id: string }[];
    if (!rows[0]) throw new ApiError('NOT_FOUND', 'Không tìm thấy nhiệm vụ');
    return rows[0].organisation_id;
  }

  private async currentPeriod(dutyId: string): Promise<string> {
    const rows = (await this.dataSource.query(`SELECT period_key FROM duty_projections WHERE workflow_id = $1`, [
      dutyId,
    ])) as { period_key: string | null }[];
    if (!rows[0]) throw new ApiError('NOT_FOUND', 'Không tìm thấy nghĩa vụ báo cáo');
    if (!rows[0].period_key) throw new ApiError('CONFLICT', 'Nghĩa vụ báo cáo đã hết các kỳ báo cáo');
    return rows[0].period_key;
  }
}

const supervisesTasks = (user: SessionUser) => permissionsOf(user.roles).includes('tasks.assign');
const supervisesDuties = (user: SessionUser) => {
  const p = permissionsOf(user.roles);
  return p.includes('tasks.assign') || p.includes('duties.manage') || p.includes('duties.consolidate');
};

/** The upload, or a 422 naming what is wrong with it (nothing is stored). */
function checked(file: UploadedEvidenceFile | undefined): UploadedEvidenceFile & { contentType: string; name: string } {
  const invalid = (message: string) => new ApiError('VALIDATION_FAILED', 'Tệp tải lên không hợp lệ', [{ field: 'file', message }]);
  if (!file) throw invalid('Chọn một tệp để tải lên (trường "file")');
  if (file.size > MAX_FILE_BYTES) throw new ApiError('PAYLOAD_TOO_LARGE', FILE_TOO_LARGE_MESSAGE);
  if (file.size === 0) throw invalid('Tệp rỗng');
  // Keep the last path segment, without control characters; the name is only ever shown as text.
  const name = (file.originalname.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  if (!name) throw invalid('Tệp không có tên');
  const contentType = contentTypeOf(name);
  if (!contentType) throw invalid(FILE_TYPE_MESSAGE);
  return { ...file, name, contentType };
}
