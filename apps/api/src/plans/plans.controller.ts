import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { PlanRevisions, PlanView } from '@dondoc/contracts';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { ParseId } from '../common/parse-id.pipe';
import { UploadErrors } from '../common/upload-errors.interceptor';
import type { Actor, SessionUser } from '../common/request-context';
import { EditPlanDto } from '../workflow-actions/workflow-actions.dto';
import { CurrentUser, IdempotencyKey } from '../workflow-actions/session-user.decorator';
import type { AllowedPlanActions } from './allowed-actions';
import { AllowedActionsService } from './allowed-actions.service';
import { ImportJobDto } from './import-job.dto';
import { EditPlanContentDto, type PlanContentEdited, type PlanContentView } from './plan-content.dto';
import { PlanContentService } from './plan-content.service';
import { type PlanTimelineEvent, PlanTimelineService } from './plan-timeline.service';
import { PlanDetailDto, PlanDto, PlanListQueryDto } from './plan.dto';
import { FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from './plan-import.limits';
import { PlanImportService, type UploadedPlanFile } from './plan-import.service';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly imports: PlanImportService,
    private readonly allowed: AllowedActionsService,
    private readonly content: PlanContentService,
    private readonly timeline: PlanTimelineService,
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
    UploadErrors(FILE_TOO_LARGE_MESSAGE),
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

  /** The plan's revisions with their content (the console diffs them) and the workflow's draft edits. */
  @Get(':id/revisions')
  @RequirePermission('plans.read')
  revisions(@Param('id', ParseId) id: string): Promise<PlanRevisions> {
    return this.plans.revisions(id);
  }

  /** The current revision's editable content (title, summary, targets, assignment rows with their deadlines). */
  @Get(':id/content')
  @RequirePermission('plans.read')
  getContent(@Param('id', ParseId) id: string): Promise<PlanContentView> {
    return this.content.content(id);
  }

  /** The drafter edits the draft: a new revision, then the workflow's edit (approvals voided). */
  @Put(':id/content')
  @RequirePermission('plans.draft')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Mã yêu cầu: gửi lại cùng mã trả về kết quả lần đầu' })
  editContent(
    @Param('id', ParseId) id: string,
    @Body() body: EditPlanContentDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key: string | undefined,
  ): Promise<PlanContentEdited> {
    return this.content.edit(id, body, user, key);
  }

  /** The older edit step (a change summary only): the content path with no content change, so both write a revision. */
  @Post(':id/actions/edit')
  @HttpCode(200)
  @RequirePermission('plans.draft')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Mã yêu cầu: gửi lại cùng mã trả về kết quả lần đầu' })
  editSummary(
    @Param('id', ParseId) id: string,
    @Body() body: EditPlanDto,
    @CurrentUser() user: SessionUser,
    @IdempotencyKey() key: string | undefined,
  ): Promise<PlanView> {
    return this.content.editSummary(id, body.summary, user, key);
  }

  /** The plan's steps with who took each one (audit trail joined to users and positions). */
  @Get(':id/timeline')
  @RequirePermission('plans.read')
  history(@Param('id', ParseId) id: string): Promise<{ data: PlanTimelineEvent[] }> {
    return this.timeline.events(id);
  }

  /** The lifecycle steps the caller may take now (decided by the domain), refused ones with their reason. */
  @Get(':id/allowed-actions')
  @RequirePermission('plans.read')
  allowedActions(@Param('id', ParseId) id: string, @CurrentUser() user: SessionUser): Promise<AllowedPlanActions> {
    return this.allowed.forUser(id, user);
  }
}
