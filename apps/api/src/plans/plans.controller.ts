import { Controller, Get, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { ParseId } from '../common/parse-id.pipe';
import type { Actor } from '../common/request-context';
import { ImportJobDto } from './import-job.dto';
import { PlanDetailDto, PlanDto, PlanListQueryDto } from './plan.dto';
import { MAX_IMPORT_BYTES } from './plan-import.limits';
import { PlanImportService, type UploadedPlanFile } from './plan-import.service';
import { PlansService } from './plans.service';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly imports: PlanImportService,
  ) {}

  @Get()
  @RequirePermission('plans.read')
  list(@Query() query: PlanListQueryDto): Promise<ListResult<PlanDto>> {
    return this.plans.list(query);
  }

  /** Uploads a plan file (.docx/.md/.txt, ≤ 20 MB) and returns the import preview (an import job). */
  @Post('import')
  @RequirePermission('plans.import')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: ImportJobDto })
  @UseInterceptors(
    UploadErrorsInterceptor,
    FileInterceptor('file', {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, parts: 12 },
      defParamCharset: 'utf8',
    }),
  )
  import(@UploadedFile() file: UploadedPlanFile | undefined, @CurrentActor() actor: Actor): Promise<ImportJobDto> {
    return this.imports.preview(file, actor);
  }

  @Get(':id')
  @RequirePermission('plans.read')
  @ApiOkResponse({ type: PlanDetailDto })
  get(@Param('id', ParseId) id: string): Promise<PlanDetailDto> {
    return this.plans.get(id);
  }
}
