// The display's clock follows the hub's time (ZMS practice): an offset from the hub's `time`, shown in the site's zone.

/** Milliseconds to add to the local clock to get the hub's clock. */
export function clockOffset(hubTimeIso: string, localNowMs: number): number {
  const hub = Date.parse(hubTimeIso);
  return Number.isNaN(hub) ? 0 : hub - localNowMs;
}

/** "10:42 AM" in the site's time zone (the browser's own zone when it is not known). */
export function formatClock(instantMs: number, timeZone: string | undefined, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(instantMs);
}
