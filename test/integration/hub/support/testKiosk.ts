// An enrolled kiosk on the in-process test hub: its device id and name, and GET/POST with its bearer token.
import type { LightMyRequestResponse } from 'fastify';
import type { TestHub } from './testHub.js';

export interface TestKiosk {
  id: string;
  name: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload: unknown): Promise<LightMyRequestResponse>;
}

/** Enrols a kiosk named `name` on the test hub (through its identity service) and returns a caller for it. */
export function enrolKiosk(hub: TestHub, name: string): TestKiosk {
  const { code } = hub.auth.devices.createEnrolmentCode({ role: 'kiosk', name }, 'test');
  const { device, token } = hub.auth.devices.enrol(code);
  const headers = { authorization: `Bearer ${token}` };
  return {
    id: device.id,
    name,
    get: (url) => hub.inject({ method: 'GET', url, headers }, 'anonymous'),
    post: (url, payload) =>
      hub.inject({ method: 'POST', url, payload: payload as object, headers }, 'anonymous'),
  };
}
