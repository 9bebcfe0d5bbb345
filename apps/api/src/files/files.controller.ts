import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, type ApiBodyOptions, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/permission.decorators';
import type { SessionUser } from '../common/request-context';
import { UploadErrors } from '../common/upload-errors.interceptor';
import { CurrentUser } from '../workflow-actions/session-user.decorator';
import { DutyFileFormDto, type FileDto, type UploadedEvidenceFile } from './file.dto';
import { FILE_TOO_LARGE_MESSAGE, MAX_FILE_BYTES } from './file-limits';
import { type FileContent, FilesService } from './files.service';

const UPLOAD = FileInterceptor('file', {
  limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 },
  defParamCharset: 'utf8',
});
const UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary' }, periodKey: { type: 'string' } },
  },
};

/** A download: always an attachment, never sniffed or rendered by the browser. */
function attachment({ file, content }: FileContent): StreamableFile {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return new StreamableFile(content, {
    type: file.contentType,
    length: content.length,
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
}

/** Evidence files of a task (`:id` is the task workflow id). */
@ApiTags('files')
@Controller('tasks/:id/files')
export class TaskFilesController {
  constructor(private readonly files: FilesService) {}

  /** Uploads one evidence file (≤ 10 MB); the answer's `ref` goes into `evidenceFileRefs`. */
  @Post()
  @RequirePermission('tasks.update')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @UseInterceptors(UploadErrors(FILE_TOO_LARGE_MESSAGE), UPLOAD)
  upload(
    @Param('id') id: string,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
    @CurrentUser() user: SessionUser,
  ): Promise<FileDto> {
    return this.files.uploadForTask(id, file, user);
  }

  @Get()
  @RequirePermission('tasks.read')
  list(@Param('id') id: string, @CurrentUser() user: SessionUser): Promise<FileDto[]> {
    return this.files.listForTask(id, user);
  }

  @Get(':fileId')
  @Header('X-Content-Type-Options', 'nosniff')
  @RequirePermission('tasks.read')
  async download(
    @Param('id') id: string,
    @Param('fileId') fileId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<StreamableFile> {
    return attachment(await this.files.downloadForTask(id, fileId, user));
  }
}

/** Attachments of a duty's period reports (`:id` is the duty workflow id). */
@ApiTags('files')
@Controller('duties/:id/files')
export class DutyFilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @RequirePermission('duties.submit')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @UseInterceptors(UploadErrors(FILE_TOO_LARGE_MESSAGE), UPLOAD)
  upload(
    @Param('id') id: string,
    @Body() form: DutyFileFormDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
    @CurrentUser() user: SessionUser,
  ): Promise<FileDto> {
    return this.files.uploadForDuty(id, form.periodKey, file, user);
  }

  @Get()
  @RequirePermission('duties.read')
  list(@Param('id') id: string, @CurrentUser() user: SessionUser): Promise<FileDto[]> {
    return this.files.listForDuty(id, user);
  }

  @Get(':fileId')
  @Header('X-Content-Type-Options', 'nosniff')
  @RequirePermission('duties.read')
  async download(
    @Param('id') id: string,
    @Param('fileId') fileId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<StreamableFile> {
    return attachment(await this.files.downloadForDuty(id, fileId, user));
  }
}
