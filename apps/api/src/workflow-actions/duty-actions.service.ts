import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { consolidateReportsUpdate, type DutyView, submitReportUpdate } from '@dondoc/contracts';
import { TemporalGateway } from '@dondoc/temporal-client';
import { ApiError } from '../common/api-error';
import type { SessionUser } from '../common/request-context';
import type { ConsolidateReportsDto, SubmitReportDto } from './workflow-actions.dto';
import { updateIdOf, viaTemporalOnKnown } from './workflow-errors';

const CLOSED = 'Nghĩa vụ báo cáo đã kết thúc, không thể thực hiện thêm thao tác';

/**
 * Reporting duty steps through the API: a reporting organisation submits its period report (403
 * when it is not one of the duty's reporters), the standing agency consolidates. The person and
 * organisation come from the session.
 */
@Injectable()
export class DutyActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalGateway,
  ) {}

  async submitReport(
    workflowId: string,
    user: SessionUser,
    key: string | undefined,
    dto: SubmitReportDto,
  ): Promise<DutyView> {
    await this.requireDuty(workflowId);
    const mine = (await this.dataSource.query(
      `SELECT 1 FROM duty_submission_projections WHERE workflow_id = $1 AND organisation_id = $2 LIMIT 1`,
      [workflowId, user.organisationId],
    )) as unknown[];
    if (mine.length === 0) throw new ApiError('FORBIDDEN', 'Đơn vị của bạn không có nghĩa vụ báo cáo này');
    if (dto.figures && !Object.values(dto.figures).every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new ApiError('VALIDATION_FAILED', undefined, [{ field: 'figures', message: 'Số liệu phải là số' }]);
    }
    const { requestId: _r, ...body } = dto;
    return viaTemporalOnKnown(CLOSED, () =>
      this.temporal.update(
        workflowId,
        submitReportUpdate,
        { ...body, personId: user.id, orgId: user.organisationId, actorOrgId: user.organisationId },
        updateIdOf('duty.submit', key),
      ),
    );
  }

  async consolidate(
    workflowId: string,
    user: SessionUser,
    key: string | undefined,
    dto: ConsolidateReportsDto,
  ): Promise<DutyView> {
    await this.requireDuty(workflowId);
    const { requestId: _r, ...body } = dto;
    return viaTemporalOnKnown(CLOSED, () =>
      this.temporal.update(
        workflowId,
        consolidateReportsUpdate,
        { ...body, personId: user.id, orgId: user.organisationId },
        updateIdOf('duty.consolidate', key),
      ),
    );
  }

  private async requireDuty(workflowId: string): Promise<void> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM duty_projections WHERE workflow_id = $1`, [
      workflowId,
    ])) as unknown[];
    if (rows.length === 0) throw new ApiError('NOT_FOUND', 'Không tìm thấy nghĩa vụ báo cáo');
  }
}
