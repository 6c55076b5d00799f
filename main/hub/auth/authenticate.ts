// Who is calling: a device (Authorization: Bearer, or the device cookie) or a staff member (session cookie).
import type { IncomingHttpHeaders } from 'node:http';
import { deviceCookie, type Principal, sessionCookie } from '../../../machines/contracts/index.js';
import type { AuthService } from './authService.js';
import { parseCookieHeader } from './cookies.js';

export interface Caller {
  principal: Principal;
  /** The staff session the request came with (null for devices). */
  sessionId: string | null;
}

export interface Identification {
  caller: Caller | null;
  /** Some credential came with the request (so a null caller means it is expired, revoked or wrong). */
  presented: boolean;
}

const bearer = /^Bearer\s+(\S+)\s*$/i;

/** Resolves the first valid credential among: bearer token, session cookie, device cookie. */
export function identify(auth: AuthService, headers: IncomingHttpHeaders): Identification {
  const cookies = parseCookieHeader(headers.cookie);
  const bearerToken = bearer.exec(headers.authorization ?? '')?.[1];
  const session = cookies.get(sessionCookie);
  const device = cookies.get(deviceCookie);
  const presented = bearerToken !== undefined || session !== undefined || device !== undefined;
  if (bearerToken !== undefined) {
    const found = auth.devices.resolve(bearerToken);
    if (found) return { caller: { ...found, sessionId: null }, presented };
  }
  if (session !== undefined) {
    const found = auth.sessions.resolve(session);
    if (found) return { caller: found, presented };
  }
  if (device !== undefined) {
    const found = auth.devices.resolve(device);
    if (found) return { caller: { ...found, sessionId: null }, presented };
  }
  return { caller: null, presented };
}
