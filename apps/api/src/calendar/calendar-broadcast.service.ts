import { Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { calendarChangedSignal, WORKFLOW_TYPES } from '@dondoc/contracts';
import { TemporalGateway } from '@dondoc/temporal-client';
import type { CalendarBroadcastDto } from './calendar-exception.dto';
import { CalendarSource } from './calendar-source';

/**
 * Open workflows that hold a calendar: tasks and duties chase deadlines; a plan passes its additions
 * to the tasks and duties it starts (at issuance, by amendment); leaders' digests fall on working days.
 */
const CALENDAR_HOLDERS = [WORKFLOW_TYPES.assignedTask, WORKFLOW_TYPES.reportingDuty, WORKFLOW_TYPES.planLifecycle, WORKFLOW_TYPES.leaderDigest];
const OPEN_WORKFLOWS = `WorkflowType IN (${CALENDAR_HOLDERS.map((t) => `'${t}'`).join(', ')}) AND ExecutionStatus = 'Running'`;
const PARALLEL = 8;

/**
 * Sends `calendarChanged` with the full additions list to every open workflow found through
 * Temporal visibility. Done here in the API rather than in a broadcast workflow: the API already
 * has the client, the list is read at send time, and a failure is reported to the administrator
 * at once. It is idempotent: the additions are read from the table when the broadcast runs (never
 * a request's snapshot) and their version is a hash of the content, so a repeat changes nothing.
 * Broadcasts run one after another, so a slow earlier one cannot overwrite a later change. A
 * workflow that closed meanwhile is counted as gone; no failure reaches the HTTP request.
 */
@Injectable()
export class CalendarBroadcastService {
  private readonly logger = new Logger(CalendarBroadcastService.name);
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: CalendarSource,
    private readonly temporal: TemporalGateway,
  ) {}

  broadcast(): Promise<CalendarBroadcastDto> {
    const run = this.queue.then(() => this.run());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(): Promise<CalendarBroadcastDto> {
    const result: CalendarBroadcastDto = { signalled: 0, gone: 0, failed: 0 };
    try {
      const { additions } = await this.source.current();
      const client = await this.temporal.client();
      const ids: string[] = [];
      for await (const wf of client.workflow.list({ query: OPEN_WORKFLOWS })) ids.push(wf.workflowId);
      let next = 0;
      const worker = async () => {
        while (next < ids.length) {
          const id = ids[next++]!;
          try {
            await client.workflow.getHandle(id).signal(calendarChangedSignal, { additions });
            result.signalled++;
          } catch (e) {
            if (e instanceof WorkflowNotFoundError) {
              result.gone++;
            } else {
              result.failed++;
              this.logger.warn(`calendarChanged not delivered to ${id}: ${e instanceof Error ? e.message : String(e)}`);
            }
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, ids.length) }, worker));
    } catch (e) {
      result.error = e instanceof Error ? e.message : String(e);
      this.logger.warn(`calendarChanged broadcast failed: ${result.error}`);
    }
    return result;
  }
}
