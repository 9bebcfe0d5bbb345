import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PlanMatrix } from '@dondoc/contracts';
import { RequirePermission } from '../auth/permission.decorators';
import { ParseId } from '../common/parse-id.pipe';
import { MatrixService } from './matrix.service';

/** The assignment matrix of a plan (its own controller: the plans controller belongs to the plans module). */
@ApiTags('plans')
@Controller('plans/:id/matrix')
export class MatrixController {
  constructor(private readonly matrix: MatrixService) {}

  @Get()
  @RequirePermission('plans.read')
  get(@Param('id', ParseId) id: string): Promise<PlanMatrix> {
    return this.matrix.get(id);
  }
}
