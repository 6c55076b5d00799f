// The `app://lobby/` protocol: serves the built screens from dist/renderer as a secure standard origin.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { kioskContentSecurityPolicy } from '../agent/securityHeaders.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'lobby';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const KIOSK_URL = `${APP_ORIGIN}/kiosk.html`;

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

/** Must run before `app` is ready: makes `app:` standard (relative URLs, 'self'), secure and fetch-able. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file under `rootDir` an `app://lobby/...` URL names, or `null` for another host or a path escaping the
 * folder. The screens are built with base `/app/`, so `/app/assets/x.js` and `/assets/x.js` are the same file.
 */
export function resolveAppFile(url: string, rootDir: string): string | null {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const relative = path.replace(/^\/app\//, '/').replace(/^\/+/, '');
  const root = normalize(rootDir);
  const file = normalize(join(root, relative));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/** The handler behind `protocol.handle('app', …)`: files with their type and the kiosk CSP, or 404. */
export function appProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppFile(request.url, rootDir);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': kioskContentSecurityPolicy,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

export function setupAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rootDir));
}
