// The service-level report as CSV: RFC 4180 with CRLF, a header row, cells made safe for spreadsheets.
import type { ServiceLevelReport, ServiceLevelRow } from '../contracts/index.js';

/** Quotes a cell when needed and defuses formulas: a leading = + - @ tab or CR gets a single quote first. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let cell = String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function groupOf(report: ServiceLevelReport, row: ServiceLevelRow): string | number | null {
  if (report.by === 'service') return row.serviceId;
  if (report.by === 'hour') return row.hour;
  return row.language;
}

function figures(row: ServiceLevelRow): (string | number | null)[] {
  return [
    row.visitors,
    row.called,
    row.waitP50Minutes,
    row.waitP90Minutes,
    row.walkMeanMinutes,
    row.serviceMeanMinutes,
    row.calledWithinTarget,
    row.noShowRate,
    row.leftBeforeService.waiting,
    row.leftBeforeService.called,
    row.leftBeforeService.serving,
    row.leftBeforeService.parked,
    row.firstContactResolution,
  ];
}

export function serviceLevelsCsv(report: ServiceLevelReport): string {
  const header = [
    report.by,
    'visitors',
    'called',
    'wait_p50_minutes',
    'wait_p90_minutes',
    'walk_mean_minutes',
    'service_mean_minutes',
    `called_within_${report.targetMinutes}_minutes_rate`,
    'no_show_rate',
    'left_while_waiting',
    'left_when_called',
    'left_while_serving',
    'left_while_parked',
    'first_contact_resolution_rate',
  ];
  const lines = [
    header,
    ...report.rows.map((row) => [groupOf(report, row), ...figures(row)]),
    ['total', ...figures(report.total)],
  ];
  return lines.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
