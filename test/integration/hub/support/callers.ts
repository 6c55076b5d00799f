// Signs callers in to an in-process hub once each, on first use: anonymous, an enrolled kiosk or display (bearer
// token), or a staff member of a role (session cookie), and injects requests as them.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { StaffRole } from '../../../../machines/contracts/index.js';
import type { AuthService } from '../../../../main/hub/auth/authService.js';
import type { Hub } from '../../../../main/hub/server.js';
import { cookieOf, testPassword } from './testHub.js';

export type Caller = 'anonymous' | 'kiosk' | 'display' | StaffRole;

export interface Callers<C extends Caller> {
  inject(request: InjectOptions, who: C): Promise<LightMyRequestResponse>;
  /** The enrolled device of that kind (enrolled on first use). */
  device(who: 'kiosk' | 'display'): Promise<{ id: string; token: string }>;
}

export function callersOf<C extends Caller>(hub: Hub, auth: AuthService): Callers<C> {
  const credentials = new Map<Caller, Promise<Record<string, string>>>();
  const devices = new Map<'kiosk' | 'display', { id: string; token: string }>();

  async function signIn(who: Caller): Promise<Record<string, string>> {
    if (who === 'anonymous') return {};
    if (who === 'kiosk' || who === 'display') {
      const { code } = auth.devices.createEnrolmentCode({ role: who, name: `Test ${who}` }, 'test');
      const { device, token } = auth.devices.enrol(code);
      devices.set(who, { id: device.id, token });
      return { authorization: `Bearer ${token}` };
    }
    const username = `test-${who}`;
    await auth.staff.create({ username, displayName: `Test ${who}`, role: who, password: testPassword });
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: testPassword },
    });
    return { cookie: cookieOf(res) };
  }
  const headersFor = (who: Caller) => {
    let headers = credentials.get(who);
    if (!headers) {
      headers = signIn(who);
      credentials.set(who, headers);
    }
    return headers;
  };
  return {
    inject: async (request, who) =>
      hub.app.inject({ ...request, headers: { ...(await headersFor(who)), ...request.headers } }),
    async device(who) {
      await headersFor(who);
      const device = devices.get(who);
      if (!device) throw new Error(`no ${who} was enrolled`);
      return device;
    },
  };
}
