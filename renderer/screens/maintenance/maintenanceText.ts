// The maintenance screen's strings (the `maintenance` catalog) and how it writes times.
import { translator } from '../../../machines/i18n/translate.js';
import { catalogs } from '../../i18n/catalogs.js';

export const t = translator(catalogs, 'en', 'maintenance');

/** A timestamp as staff read it ("Nov 26, 2026, 9:04 AM"), in the site's time zone when known. */
export function formatWhen(iso: string | null, timeZone?: string): string {
  if (iso === null) return t('when.never');
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** Just the time of day ("9:19 AM"), for a code's expiry. */
export function formatTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(
    new Date(iso),
  );
}
