// Reads the Cookie request header and writes Set-Cookie values (HttpOnly, SameSite=Strict, Path=/, Secure on TLS).

/** Cookie name → value from a Cookie header; the first of duplicate names wins; malformed pairs are skipped. */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    let value = pair.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      // A value with a broken %-escape is not one of ours: skip it.
    }
  }
  return cookies;
}

export interface CookieOptions {
  /** Seconds until the browser drops it; 0 deletes it now. */
  maxAgeSeconds: number;
  /** Add `Secure` (the hub runs TLS). */
  secure: boolean;
}

/** A Set-Cookie value readable only by the hub (HttpOnly), never sent cross-site (SameSite=Strict). */
export function serializeCookie(
  name: string,
  value: string,
  { maxAgeSeconds, secure }: CookieOptions,
): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** A Set-Cookie value that deletes the cookie `name`. */
export const clearCookie = (name: string, secure: boolean): string =>
  serializeCookie(name, '', { maxAgeSeconds: 0, secure });
