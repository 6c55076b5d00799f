// The display's set-up screen and the rules around it: who may show the board, tidying a typed code, and what
// a refused code means. Real enrolment against a real hub: a code works once, and the cookie admits the display.

import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubError, HubUnreachableError } from '../../../../machines/contracts/hubClient.js';
import { createAuthService } from '../../../../main/hub/auth/authService.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import { createHubBridge } from '../../../../renderer/bridge/hubBridge.js';
import { DisplaySetup } from '../../../../renderer/screens/display/DisplaySetup.js';
import {
  mayShowDisplay,
  normaliseCode,
  setupProblemOf,
} from '../../../../renderer/screens/display/displayAccess.js';
import { browserDeps, type RealHub, startRealHub } from '../shared/realHub.js';

const noop = () => {};

describe('display set-up screen', () => {
  it('says the display is not set up and asks for the set-up code', () => {
    const html = renderToStaticMarkup(
      <DisplaySetup ended={false} busy={false} problem={null} onSubmit={noop} />,
    );
    expect(html).toContain('<h1 class="setup__title">This display is not set up yet</h1>');
    expect(html).toMatch(/<label for="setup-code"[^>]*>Set-up code<\/label>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Set up this display<\/button>/);
    expect(html).not.toContain('role="alert"');
  });

  it('shows a refused code as an alert tied to the field', () => {
    const html = renderToStaticMarkup(<DisplaySetup ended busy={false} problem="refused" onSubmit={noop} />);
    expect(html).toContain('switched off or its set-up has ended');
    expect(html).toMatch(/id="setup-code-error"[^>]*role="alert"[^>]*>.*That code does not work/);
    expect(html).toMatch(/aria-invalid="true" aria-describedby="setup-code-hint setup-code-error"/);
  });
});

describe('display access rules', () => {
  it('lets a display device and the staff the display stream admits show the board', () => {
    const staff = (role: 'desk' | 'supervisor' | 'facilities' | 'administrator') => ({
      kind: 'staff' as const,
      userId: '00000000-0000-4000-8000-000000000001',
      username: 'sam.staff',
      displayName: 'Sam',
      role,
      sessionExpiresAt: '2026-11-26T20:00:00.000Z',
    });
    expect(mayShowDisplay({ kind: 'device', deviceId: 'd1', name: 'TV', role: 'display' })).toBe(true);
    expect(mayShowDisplay({ kind: 'device', deviceId: 'k1', name: 'Kiosk', role: 'kiosk' })).toBe(false);
    expect(mayShowDisplay(staff('supervisor'))).toBe(true);
    expect(mayShowDisplay(staff('facilities'))).toBe(true);
    expect(mayShowDisplay(staff('administrator'))).toBe(true);
    expect(mayShowDisplay(staff('desk'))).toBe(false);
  });

  it('tidies a typed code', () => {
    expect(normaliseCode(' k7qm 4xpa ')).toBe('K7QM-4XPA');
    expect(normaliseCode('k7qm-4xpa')).toBe('K7QM-4XPA');
    expect(normaliseCode('')).toBe('');
  });

  it('tells a refused code from a busy or unreachable hub', () => {
    expect(setupProblemOf(new HubError(401, 'unauthenticated', 'x'))).toBe('refused');
    expect(setupProblemOf(new HubError(400, 'invalid-request', 'x'))).toBe('refused');
    expect(setupProblemOf(new HubError(429, 'rate-limited', 'x'))).toBe('rate-limited');
    expect(setupProblemOf(new HubUnreachableError('http://hub', new Error('refused')))).toBe('unreachable');
  });
});

describe('display enrolment (real hub)', () => {
  let hub: RealHub;
  let code: string;

  beforeAll(async () => {
    hub = await startRealHub();
    const db = openHubDatabase(join(hub.dataDir, 'hub.sqlite'));
    try {
      const auth = createAuthService({ store: createSqliteAuthStore(db), now: () => new Date() });
      code = auth.devices.createEnrolmentCode({ role: 'display', name: 'Lobby TV' }, 'test').code;
    } finally {
      db.close();
    }
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('enrols once with the code (cookie only), then refuses the same code again', async () => {
    const tv = browserDeps(hub.url);
    const bridge = createHubBridge(hub.url, tv.deps);
    await expect(bridge.call('me', {})).rejects.toMatchObject({ status: 401 });
    const result = await bridge.call('enrol', {
      body: { code: normaliseCode(code.toLowerCase()), delivery: 'cookie' },
    });
    expect(result.token).toBeNull();
    expect(result.device).toMatchObject({ role: 'display', name: 'Lobby TV', disabled: false });
    const me = await bridge.call('me', {});
    expect(mayShowDisplay(me)).toBe(true);

    const other = createHubBridge(hub.url, browserDeps(hub.url).deps);
    const replay = await other.call('enrol', { body: { code, delivery: 'cookie' } }).catch((e: unknown) => e);
    expect(setupProblemOf(replay)).toBe('refused');
  });
});
