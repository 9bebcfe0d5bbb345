import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarExceptionEntity, recordAuditEvent } from '@dondoc/persistence';
import { ApiError } from '../common/api-error';
import { transactionMappingConstraints } from '../common/constraint-errors';
import type { ListResult } from '../common/list-query.dto';
import type { Actor } from '../common/request-context';
import { CalendarBroadcastService } from './calendar-broadcast.service';
import {
  type CalendarExceptionDto,
  type CalendarExceptionListQueryDto,
  type CreateCalendarExceptionDto,
  toCalendarExceptionDto,
  type UpdateCalendarExceptionDto,
} from './calendar-exception.dto';
import { checkException, type ExceptionInput } from './calendar-exception.validate';
import { calendarOf, CalendarSource } from './calendar-source';

const SORT_COLUMNS: Record<CalendarExceptionListQueryDto['sort'], string> = {
  date: 'e.date',
  kind: 'e.kind',
  announcedAt: 'e.announced_at',
};

/**
 * Administrators' calendar exceptions: list, read, record, correct, revoke (never deleted). Each
 * write is checked against the calendar it changes, audited in the same transaction, and then
 * broadcast to the open workflows (after the commit, so they read what was committed).
 */
@Injectable()
export class CalendarExceptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly source: CalendarSource,
    private readonly broadcaster: CalendarBroadcastService,
  ) {}

  async list(query: CalendarExceptionListQueryDto): Promise<ListResult<CalendarExceptionDto>> {
    const qb = this.dataSource.getRepository(CalendarExceptionEntity).createQueryBuilder('e');
    if (!query.revoked) qb.andWhere('e.revoked_at IS NULL');
    if (query.year) qb.andWhere(`date_part('year', e.date) = :year`, { year: query.year });
    if (query.q?.trim()) qb.andWhere(`dondoc_unaccent(e.reason) LIKE '%' || dondoc_unaccent(:q) || '%'`, { q: query.q.trim() });
    qb.orderBy(SORT_COLUMNS[query.sort], query.order).addOrderBy('e.id', 'ASC');
    qb.skip((query.page - 1) * query.perPage).take(query.perPage);
    const [rows, total] = await qb.getManyAndCount();
    return { data: rows.map(toCalendarExceptionDto), total };
  }

  async get(id: string): Promise<CalendarExceptionDto> {
    return toCalendarExceptionDto(await this.find(this.dataSource.manager, id));
  }

  async create(dto: CreateCalendarExceptionDto, actor: Actor): Promise<CalendarExceptionDto> {
    const created = await this.write(async (m) => {
      const iso = await this.check(m, dto, null);
      const result = await m.insert(CalendarExceptionEntity, {
        date: iso,
        kind: dto.kind,
        reason: dto.reason.trim().normalize('NFC'),
        announcedBy: actor.userId,
      });
      const after = toCalendarExceptionDto(await this.find(m, String((result.identifiers[0] as { id: string }).id)));
      await recordAuditEvent(m, { actorId: actor.userId, action: 'calendar.exception.create', objectType: 'calendar_exception', objectId: after.id, after, requestId: actor.requestId });
      return after;
    });
    return { ...created, broadcast: await this.broadcaster.broadcast() };
  }

  async update(id: string, dto: UpdateCalendarExceptionDto, actor: Actor): Promise<CalendarExceptionDto> {
    const updated = await this.write(async (m) => {
      const current = await this.find(m, id, true);
      if (current.revokedAt) throw new ApiError('CONFLICT', 'Ngoại lệ đã bị thu hồi, không sửa được');
      const before = toCalendarExceptionDto(current);
      const next: ExceptionInput = { date: dto.date ?? current.date, kind: dto.kind ?? current.kind, reason: dto.reason ?? current.reason };
      const iso = await this.check(m, next, id);
      await m.update(CalendarExceptionEntity, { id }, { date: iso, kind: next.kind, reason: next.reason.trim().normalize('NFC'), updatedAt: () => 'now()' });
      const after = toCalendarExceptionDto(await this.find(m, id));
      await recordAuditEvent(m, { actorId: actor.userId, action: 'calendar.exception.update', objectType: 'calendar_exception', objectId: id, before, after, requestId: actor.requestId });
      return after;
    });
    return { ...updated, broadcast: await this.broadcaster.broadcast() };
  }

  /** Revokes: the day follows the shipped calendar again; the row and its audit trail stay. */
  async revoke(id: string, actor: Actor): Promise<CalendarExceptionDto> {
    const revoked = await this.write(async (m) => {
      const current = await this.find(m, id, true);
      const before = toCalendarExceptionDto(current);
      if (!current.revokedAt) {
        await m.update(CalendarExceptionEntity, { id }, { revokedAt: () => 'now()', revokedBy: actor.userId, updatedAt: () => 'now()' });
      }
      const after = toCalendarExceptionDto(await this.find(m, id));
      await recordAuditEvent(m, { actorId: actor.userId, action: 'calendar.exception.revoke', objectType: 'calendar_exception', objectId: id, before, after, requestId: actor.requestId });
      return after;
    });
    return { ...revoked, broadcast: await this.broadcaster.broadcast() };
  }

  /** Sends the current additions again (e.g. after Temporal was unreachable during a change). */
  rebroadcast() {
    return this.broadcaster.broadcast();
  }

  /** The ISO date of a valid exception, checked against the calendar without the exception being edited. */
  private async check(m: EntityManager, input: ExceptionInput, selfId: string | null): Promise<string> {
    const { exceptions } = await this.source.current(m);
    const others = exceptions.filter((e) => e.id !== selfId);
    const checked = checkException(input, calendarOf(others).calendar, others);
    if ('errors' in checked) throw new ApiError('VALIDATION_FAILED', checked.errors[0]!.message, checked.errors);
    return checked.iso;
  }

  private write<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return transactionMappingConstraints(
      this.dataSource,
      {
        // Two administrators recording the same day at once: the partial unique index decides.
        uq_calendar_exceptions_date: () => new ApiError('VALIDATION_FAILED', 'Ngày này đã có ngoại lệ', [{ field: 'date', message: 'Ngày này đã có ngoại lệ' }]),
      },
      async (m) => {
        // Writes are rare: serialise them so each is checked against the others.
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('calendar_exceptions'))`);
        return fn(m);
      },
    );
  }

  private async find(m: EntityManager, id: string, lock = false): Promise<CalendarExceptionEntity> {
    const e = await m.findOne(CalendarExceptionEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!e) throw new ApiError('NOT_FOUND', 'Không tìm thấy ngoại lệ lịch');
    return e;
  }
}
