// Recognises a scanned ticket QR code (<publicBaseUrl>/status/<token>, or a bare token) and returns its status token.
import { IssueTicketResult } from '../../../machines/contracts/hubApi.js';

const statusToken = IssueTicketResult.shape.statusToken;

function isToken(text: string): boolean {
  return statusToken.safeParse(text).success;
}

function withoutTrailingSlashes(path: string): string {
  return path.replace(/\/+$/, '');
}

/**
 * The status token in `text`, or null when it is not a ticket of this site: a URL must have the same origin as
 * `publicBaseUrl` and the path `<base path>/status/<token>` (one trailing slash, a query or a fragment are ignored).
 */
export function ticketFromScan(text: string, publicBaseUrl: string): string | null {
  const scanned = text.trim();
  if (isToken(scanned)) return scanned;
  let url: URL;
  let base: URL;
  try {
    url = new URL(scanned);
    base = new URL(publicBaseUrl);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || url.username !== '' || url.password !== '') return null;
  const prefix = `${withoutTrailingSlashes(base.pathname)}/status/`;
  const path = url.pathname.replace(/\/$/, '');
  if (!path.startsWith(prefix)) return null;
  let token: string;
  try {
    token = decodeURIComponent(path.slice(prefix.length));
  } catch {
    return null;
  }
  return isToken(token) ? token : null;
}
