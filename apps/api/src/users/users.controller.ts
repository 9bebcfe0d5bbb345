import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequirePermission } from '../auth/permission.decorators';
import type { ListResult } from '../common/list-query.dto';
import { ParseId } from '../common/parse-id.pipe';
import type { Actor } from '../common/request-context';
import { CreateUserDto, UpdateUserDto, UserDto, UserListQueryDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users.read')
  list(@Query() query: UserListQueryDto): Promise<ListResult<UserDto>> {
    return this.users.list(query);
  }

  @Get(':id')
  @RequirePermission('users.read')
  @ApiOkResponse({ type: UserDto })
  get(@Param('id', ParseId) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Post()
  @RequirePermission('users.write')
  @ApiOkResponse({ type: UserDto })
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.create(dto, actor);
  }

  @Patch(':id')
  @RequirePermission('users.write')
  @ApiOkResponse({ type: UserDto })
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateUserDto, @CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.update(id, dto, actor);
  }

  /** Deactivates the account. */
  @Delete(':id')
  @RequirePermission('users.write')
  @ApiOkResponse({ type: UserDto })
  deactivate(@Param('id', ParseId) id: string, @CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.deactivate(id, actor);
  }
}
