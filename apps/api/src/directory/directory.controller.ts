import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { ParseId } from '../common/parse-id.pipe';
import {
  AdministrativeUnitDto,
  AdministrativeUnitListQueryDto,
  PositionDto,
  PositionListQueryDto,
} from './directory.dto';
import { DirectoryService } from './directory.service';

@ApiTags('directory')
@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('administrative-units')
  @RequirePermission('organisations.read')
  listUnits(@Query() query: AdministrativeUnitListQueryDto): Promise<ListResult<AdministrativeUnitDto>> {
    return this.directory.listUnits(query);
  }

  @Get('administrative-units/:id')
  @RequirePermission('organisations.read')
  @ApiOkResponse({ type: AdministrativeUnitDto })
  getUnit(@Param('id', ParseId) id: string): Promise<AdministrativeUnitDto> {
    return this.directory.getUnit(id);
  }

  @Get('positions')
  @RequirePermission('organisations.read')
  listPositions(@Query() query: PositionListQueryDto): Promise<ListResult<PositionDto>> {
    return this.directory.listPositions(query);
  }

  @Get('positions/:id')
  @RequirePermission('organisations.read')
  @ApiOkResponse({ type: PositionDto })
  getPosition(@Param('id', ParseId) id: string): Promise<PositionDto> {
    return this.directory.getPosition(id);
  }
}
