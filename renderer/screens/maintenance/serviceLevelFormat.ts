// How the service-level figures read in maintenance: minutes, shares, group labels, the date range and the
// CSV download address.
import { hubApi } from '../../../machines/contracts/hubApi.js';
import type {
  ServiceLevelGrouping,
  ServiceLevelQuery,
  ServiceLevelRow,
} from '../../../machines/contracts/serviceLevels.js';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { t } from './maintenanceText.js';

/** The longest range the hub accepts, in days after `from`. */
export const maxRangeDays = 92;

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const wholeMinutes = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function formatMinutes(value: number | null): string {
  return value === null ? t('levels.none') : oneDecimal.format(value);
}

export function formatRate(value: number | null): string {
  return value === null ? t('levels.none') : percent.format(value);
}

export function formatWholeMinutes(value: number): string {
  return wholeMinutes.format(value);
}

const twoDigits = (hour: number) => String(hour).padStart(2, '0');

/** What names a row: the service's name, "08:00–09:00", or the language's English name. */
export function groupLabel(row: ServiceLevelRow, by: ServiceLevelGrouping, site: SiteConfig | null): string {
  if (by === 'service' && row.serviceId !== null) {
    return site?.services.find((s) => s.id === row.serviceId)?.name ?? row.serviceId;
  }
  if (by === 'hour' && row.hour !== null)
    return `${twoDigits(row.hour)}:00–${twoDigits((row.hour + 1) % 24)}:00`;
  if (by === 'language' && row.language !== null) return languageNames.of(row.language) ?? row.language;
  return t('levels.none');
}

export function leftText(row: ServiceLevelRow): string {
  return t('levels.left', row.leftBeforeService);
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** True when `from` is on or before `to` and at most `maxRangeDays` apart (both YYYY-MM-DD). */
export function isValidRange(from: string, to: string): boolean {
  const span = dayNumber(to) - dayNumber(from);
  return Number.isFinite(span) && span >= 0 && span <= maxRangeDays;
}

/** GET /api/reports/service-levels/export with the query, for a download link. */
export function exportHref(query: Required<ServiceLevelQuery>): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, by: query.by });
  return `${hubApi.exportServiceLevels.path}?${params}`;
}
