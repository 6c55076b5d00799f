// Notices as the hub sends them to devices, for the agent's notice tests.
import { randomUUID } from 'node:crypto';
import type { DeviceNotice } from '../../../../machines/contracts/index.js';

export function deviceNotice(overrides: Partial<DeviceNotice> = {}): DeviceNotice {
  return {
    id: randomUUID(),
    version: 1,
    severity: 'warning',
    messages: {
      en: { headline: 'The south elevators are closed', body: 'Please use the elevators by the north door.' },
      es: {
        headline: 'Los ascensores del sur están cerrados',
        body: 'Use los ascensores de la puerta norte.',
      },
    },
    startsAt: '2026-11-26T17:00:00.000Z',
    endsAt: null,
    closing: null,
    ...overrides,
  };
}
