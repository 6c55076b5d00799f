// How the walk-in requests panel words the outbox: the case store, the oldest pending age, the breaker in plain
// words, the catalog's source and age, and why a request waits in the review list.
import type {
  CaseOutboxStatus,
  CaseRequestView,
  ReviewReason,
} from '../../../../machines/contracts/caseRequests.js';
import { durationText } from '../ConnectionCell.js';
import { formatTime, formatWhen, t } from '../maintenanceText.js';

const secondsSince = (iso: string, nowMs: number) =>
  Math.max(0, Math.round((nowMs - Date.parse(iso)) / 1000));

/** "No case store is configured …" or the endpoint the hub delivers to. */
export function endpointText(status: Pick<CaseOutboxStatus, 'endpoint' | 'receiverDeduplicates'>): string {
  if (status.endpoint === null) return t('requests.endpoint.none');
  return t(status.receiverDeduplicates ? 'requests.endpoint.dedup' : 'requests.endpoint.lookup', {
    endpoint: status.endpoint,
  });
}

/** How long the oldest pending request has waited ("3 h 12 min"), or that none is pending. */
export function oldestPendingText(oldestPendingAt: string | null, nowMs: number): string {
  return oldestPendingAt === null
    ? t('requests.oldest.none')
    : durationText(secondsSince(oldestPendingAt, nowMs));
}

/** The circuit breaker in plain words: sending normally, paused until when, or trying again. */
export function breakerText(breaker: CaseOutboxStatus['breaker'], timeZone?: string): string {
  if (breaker.state === 'closed') return t('requests.breaker.closed');
  if (breaker.state === 'half-open') return t('requests.breaker.halfOpen');
  return breaker.openUntil
    ? t('requests.breaker.openUntil', { time: formatTime(breaker.openUntil, timeZone) })
    : t('requests.breaker.open');
}

/** Where the hub's list of services comes from, how many and how old. */
export function catalogText(catalog: CaseOutboxStatus['catalog'], nowMs: number, timeZone?: string): string {
  const source = t(`requests.catalog.source.${catalog.source}`);
  if (catalog.fetchedAt === null) return t('requests.catalog.never', { source, count: catalog.services });
  return t('requests.catalog.fetched', {
    source,
    count: catalog.services,
    when: formatWhen(catalog.fetchedAt, timeZone),
    age: durationText(secondsSince(catalog.fetchedAt, nowMs)),
  });
}

export const reasonText = (reason: ReviewReason | null): string =>
  t(`requests.reason.${reason ?? 'unknown'}`);

/** The last delivery error of a request, or "None". */
export function lastErrorText(request: Pick<CaseRequestView, 'lastError'>, timeZone?: string): string {
  const error = request.lastError;
  if (!error) return t('requests.lastError.none');
  return t('requests.lastError.at', { message: error.message, time: formatWhen(error.at, timeZone) });
}
