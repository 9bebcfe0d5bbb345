import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { ParseId } from '../common/parse-id.pipe';
import type { Actor } from '../common/request-context';
import {
  CreateOrganisationDto,
  OrganisationDto,
  OrganisationListQueryDto,
  UpdateOrganisationDto,
} from './organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @RequirePermission('organisations.read')
  list(@Query() query: OrganisationListQueryDto): Promise<ListResult<OrganisationDto>> {
    return this.organisations.list(query);
  }

  @Get(':id')
  @RequirePermission('organisations.read')
  @ApiOkResponse({ type: OrganisationDto })
  get(@Param('id', ParseId) id: string): Promise<OrganisationDto> {
    return this.organisations.get(id);
  }

  @Post()
  @RequirePermission('organisations.write')
  @ApiOkResponse({ type: OrganisationDto })
  create(@Body() dto: CreateOrganisationDto, @CurrentActor() actor: Actor): Promise<OrganisationDto> {
    return this.organisations.create(dto, actor);
  }

  @Patch(':id')
  @RequirePermission('organisations.write')
  @ApiOkResponse({ type: OrganisationDto })
  update(
    @Param('id', ParseId) id: string,
    @Body() dto: UpdateOrganisationDto,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationDto> {
    return this.organisations.update(id, dto, actor);
  }

  /** Closes the organisation's validity (history keeps its documents and tasks). */
  @Delete(':id')
  @RequirePermission('organisations.write')
  @ApiOkResponse({ type: OrganisationDto })
  close(@Param('id', ParseId) id: string, @CurrentActor() actor: Actor): Promise<OrganisationDto> {
    return this.organisations.close(id, actor);
  }
}
