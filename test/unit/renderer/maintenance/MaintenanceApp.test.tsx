// The maintenance screen's first paint (checking the sign-in), and which sections each staff role is shown.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../../machines/contracts/auth.js';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import {
  MaintenanceApp,
  MaintenanceScreen,
} from '../../../../renderer/screens/maintenance/MaintenanceApp.js';
import type { StaffPrincipal } from '../../../../renderer/shared/staffSession.js';

const unusedBridge: HubBridge = {
  call: () => Promise.reject(new Error('not called during a static render')),
  subscribe: () => ({ resync: () => {}, close: () => {} }),
  onAuthProblem: () => () => {},
};

const principal = (role: StaffRole): StaffPrincipal => ({
  kind: 'staff',
  userId: '00000000-0000-4000-8000-000000000001',
  username: 'sam.staff',
  displayName: 'Sam Staff',
  role,
  sessionExpiresAt: '2026-11-26T20:00:00.000Z',
});

const sectionHeadings = (html: string) =>
  [...html.matchAll(/<h2 id="(devices|staff|audit)-heading">/g)].map((m) => m[1]);

describe('MaintenanceApp', () => {
  it('starts with one h1 and a status while it checks who is signed in', () => {
    const html = renderToStaticMarkup(<MaintenanceApp bridge={unusedBridge} />);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('Maintenance</h1>');
    expect(html).toMatch(/role="status"[^>]*>Checking whether you are signed in…/);
  });

  it.each([
    ['desk', []],
    ['supervisor', []],
    ['facilities', ['devices']],
    ['administrator', ['devices', 'staff', 'audit']],
  ] as const)('shows a %s the hub and queues, plus %j', (role, sections) => {
    const html = renderToStaticMarkup(
      <MaintenanceScreen bridge={unusedBridge} principal={principal(role)} account={<p>account</p>} />,
    );
    expect(html).toContain('Maintenance</h1>');
    expect(html).toContain('Live updates:</span> Connecting…');
    expect(html).toMatch(/role="status"[^>]*>Loading from the hub…/);
    expect(sectionHeadings(html)).toEqual(sections);
  });
});
