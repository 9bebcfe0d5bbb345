import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { formatDate, todayInVietnam } from '../../format/date';
import type { DondocDataProvider } from '../../providers';
import { dayInfo, monthGrid, shiftMonth, type DayKind } from './calendar-month';
import type { CalendarYear, DayMarker } from './calendar.types';

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const TONES: Record<DayKind, { bg: string; border: string }> = {
  weekday: { bg: 'background.paper', border: 'divider' },
  weekend: { bg: 'action.hover', border: 'divider' },
  holiday: { bg: 'rgba(211, 47, 47, 0.12)', border: 'error.main' },
  bridge: { bg: 'rgba(237, 108, 2, 0.14)', border: 'warning.main' },
  compensatory: { bg: 'rgba(237, 108, 2, 0.14)', border: 'warning.main' },
  makeUp: { bg: 'rgba(46, 125, 50, 0.14)', border: 'success.main' },
};

const clampYear = (y: number) => Math.min(MAX_YEAR, Math.max(MIN_YEAR, y));

/** `?year=2026&month=2` (month 1–12), defaulting to this month in Vietnam. */
const useMonthParam = () => {
  const [params, setParams] = useSearchParams();
  const [ty, tm] = todayInVietnam().split('-').map(Number) as [number, number];
  const year = clampYear(Number(params.get('year')) || ty);
  const m = Number(params.get('month'));
  const month = Number.isInteger(m) && m >= 1 && m <= 12 ? m : tm;
  const go = (next: { year: number; month: number }) =>
    setParams({ year: String(clampYear(next.year)), month: String(next.month) }, { replace: false });
  return { year, month, go };
};

const useCalendarYear = (year: number) => {
  const dataProvider = useDataProvider<DondocDataProvider>();
  const [state, setState] = useState<{ year: number; data?: CalendarYear; error?: unknown }>({ year });
  useEffect(() => {
    let live = true;
    setState({ year });
    dataProvider.getCalendarYear(year).then(
      (data) => live && setState({ year, data }),
      (error: unknown) => live && setState({ year, error }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, year]);
  return state.year === year ? state : { year };
};

/**
 * "Lịch": the working calendar by month — statutory holidays, bridged and compensatory days off with
 * their reasons, make-up Saturdays. `markers` is the extension point for deadlines (none yet).
 */
export const CalendarPage = ({ markers = [] }: { markers?: DayMarker[] }) => {
  const translate = useTranslate();
  const { year, month, go } = useMonthParam();
  const { data, error } = useCalendarYear(year);
  const today = todayInVietnam();
  const weeks = monthGrid(year, month);
  const monthName = translate(`dondoc.calendar.months.m${month}`);
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  const offDays = (data?.nonWorkingDays ?? []).filter((d) => d.date.startsWith(prefix));
  const makeUpDays = (data?.makeUpWorkingDays ?? []).filter((d) => d.date.startsWith(prefix));
  const years = Array.from({ length: 11 }, (_, i) => clampYear(year - 5 + i)).filter((y, i, a) => a.indexOf(y) === i);

  return (
    <Card component="section" aria-labelledby="calendar-title" sx={{ mt: 2 }}>
      <Title title={translate('dondoc.menu.calendar')} />
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
          <Typography id="calendar-title" variant="h5" component="h1" sx={{ flexGrow: 1 }}>
            {translate('dondoc.calendar.month_title', { month: monthName, year })}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, flexShrink: 0 }}>
            <IconButton
              aria-label={translate('dondoc.calendar.previous_month')}
              onClick={() => go(shiftMonth(year, month, -1))}
            >
              <ChevronLeftIcon />
            </IconButton>
            <TextField
              select
              size="small"
              label={translate('dondoc.calendar.month')}
              value={month}
              sx={{ width: 170 }}
              onChange={(e) => go({ year, month: Number(e.target.value) })}
            >
              {Array.from({ length: 12 }, (_, i) => (
                <MenuItem key={i + 1} value={i + 1}>
                  {translate(`dondoc.calendar.months.m${i + 1}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={translate('dondoc.calendar.year')}
              value={year}
              sx={{ width: 100 }}
              onChange={(e) => go({ year: Number(e.target.value), month })}
            >
              {years.map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
            <IconButton
              aria-label={translate('dondoc.calendar.next_month')}
              onClick={() => go(shiftMonth(year, month, 1))}
            >
              <ChevronRightIcon />
            </IconButton>
            <Button
              onClick={() => {
                const [y, m] = today.split('-').map(Number) as [number, number];
                go({ year: y, month: m });
              }}
            >
              {translate('dondoc.calendar.today')}
            </Button>
          </Box>
        </Stack>

        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ mb: 2, flexWrap: 'wrap' }}
          aria-label={translate('dondoc.calendar.legend')}
        >
          {(['holiday', 'bridge', 'compensatory', 'makeUp', 'weekend'] as const).map((k) => (
            <Chip
              key={k}
              size="small"
              variant="outlined"
              label={translate(`dondoc.calendar.kinds.${k}`)}
              sx={{ bgcolor: TONES[k].bg, borderColor: TONES[k].border }}
            />
          ))}
        </Stack>

        {!data && !error && <LinearProgress aria-label={translate('ra.page.loading')} />}
        {error !== undefined && (
          <Alert severity="error" role="alert">
            {translate(error instanceof Error ? error.message : 'dondoc.errors.UNKNOWN', { _: String(error) })}
          </Alert>
        )}

        <Box sx={{ overflowX: 'auto' }}>
          <Box
            component="table"
            aria-labelledby="calendar-title"
            sx={{ width: '100%', minWidth: 640, borderCollapse: 'separate', borderSpacing: 4, tableLayout: 'fixed' }}
          >
            <thead>
              <tr>
                {Array.from({ length: 7 }, (_, i) => (
                  <Box component="th" key={i} scope="col" sx={{ fontWeight: 600, fontSize: '0.85rem', pb: 0.5 }}>
                    {translate(`dondoc.calendar.weekdays.d${i}`)}
                  </Box>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]?.iso}>
                  {week.map((cell) => {
                    const info = dayInfo(cell, data);
                    const tone = TONES[info.kind];
                    const dayMarkers = markers.filter((m) => m.date === cell.iso);
                    return (
                      <Box
                        component="td"
                        key={cell.iso}
                        data-date={cell.iso}
                        data-kind={cell.inMonth ? info.kind : undefined}
                        aria-label={[
                          formatDate(cell.iso),
                          info.kind !== 'weekday' ? translate(`dondoc.calendar.kinds.${info.kind}`) : '',
                          info.reason ?? '',
                        ]
                          .filter(Boolean)
                          .join(' — ')}
                        sx={{
                          verticalAlign: 'top',
                          height: 88,
                          p: 0.75,
                          border: 1,
                          borderColor: cell.iso === today ? 'primary.main' : tone.border,
                          borderWidth: cell.iso === today ? 2 : 1,
                          borderRadius: 1,
                          bgcolor: tone.bg,
                          opacity: cell.inMonth ? 1 : 0.35,
                          fontSize: '0.75rem',
                          overflow: 'hidden',
                        }}
                      >
                        <Box sx={{ fontWeight: 600, fontSize: '0.9rem' }}>{cell.day}</Box>
                        {cell.inMonth && info.kind !== 'weekday' && info.kind !== 'weekend' && (
                          <Box sx={{ fontWeight: 500 }}>{translate(`dondoc.calendar.kinds.${info.kind}`)}</Box>
                        )}
                        {cell.inMonth && info.reason && (
                          <Box sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }} title={info.reason}>
                            {info.reason}
                          </Box>
                        )}
                        {dayMarkers.map((m, i) => (
                          <Chip
                            key={i}
                            size="small"
                            label={m.label}
                            color={m.tone === 'overdue' ? 'error' : 'primary'}
                          />
                        ))}
                      </Box>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Box>
        </Box>

        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mt: 2 }}>
          <Box component="section" aria-labelledby="calendar-off">
            <Typography id="calendar-off" variant="h6" component="h2">
              {translate('dondoc.calendar.off_days')}
            </Typography>
            {offDays.length === 0 ? (
              <Typography variant="body2">{translate('dondoc.calendar.none')}</Typography>
            ) : (
              <ul data-testid="calendar-off-days">
                {offDays.map((d) => (
                  <li key={d.date}>
                    <time dateTime={d.date}>{formatDate(d.date)}</time> —{' '}
                    {translate(`dondoc.calendar.kinds.${d.kind}`, { _: d.kind })}: {d.reason}
                  </li>
                ))}
              </ul>
            )}
          </Box>
          <Box component="section" aria-labelledby="calendar-makeup">
            <Typography id="calendar-makeup" variant="h6" component="h2">
              {translate('dondoc.calendar.make_up_days')}
            </Typography>
            {makeUpDays.length === 0 ? (
              <Typography variant="body2">{translate('dondoc.calendar.none')}</Typography>
            ) : (
              <ul data-testid="calendar-make-up-days">
                {makeUpDays.map((d) => (
                  <li key={d.date}>
                    <time dateTime={d.date}>{formatDate(d.date)}</time> — {d.reason}
                  </li>
                ))}
              </ul>
            )}
          </Box>
        </Box>
        {data && (
          <Typography variant="caption" color="text.secondary">
            {translate('dondoc.calendar.version', { version: data.calendarVersion })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
