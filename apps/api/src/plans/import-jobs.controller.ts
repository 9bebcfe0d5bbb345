import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequirePermission } from '../auth/permission.decorators';
import { ParseId } from '../common/parse-id.pipe';
import type { Actor } from '../common/request-context';
import type { ListResult } from '../common/list-query.dto';
import { ConfirmImportDto, ImportJobDto, ImportJobListQueryDto, type ImportJobSummaryDto } from './import-job.dto';
import { PlanImportService } from './plan-import.service';

@ApiTags('plans')
@Controller('import-jobs')
export class ImportJobsController {
  constructor(private readonly imports: PlanImportService) {}

  /** The review queue of uploads (react-admin list). */
  @Get()
  @RequirePermission('plans.import')
  list(@Query() query: ImportJobListQueryDto): Promise<ListResult<ImportJobSummaryDto>> {
    return this.imports.list(query);
  }

  @Get(':id')
  @RequirePermission('plans.import')
  @ApiOkResponse({ type: ImportJobDto })
  get(@Param('id', ParseId) id: string): Promise<ImportJobDto> {
    return this.imports.get(id);
  }

  /** Creates the plan (revision 1 and its content) from a previewed job; a second confirm is 409. */
  @Post(':id/confirm')
  @HttpCode(200)
  @RequirePermission('plans.import')
  @ApiOkResponse({ type: ImportJobDto })
  confirm(
    @Param('id', ParseId) id: string,
    @Body() dto: ConfirmImportDto,
    @CurrentActor() actor: Actor,
  ): Promise<ImportJobDto> {
    return this.imports.confirm(id, dto, actor);
  }
}
