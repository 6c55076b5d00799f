// The maintenance screen's first paint: one h1, the live-update state in text, and a loading status.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import { MaintenanceApp } from '../../../../renderer/screens/maintenance/MaintenanceApp.js';

const unusedBridge: HubBridge = {
  call: () => Promise.reject(new Error('not called during a static render')),
  subscribe: () => ({ resync: () => {}, close: () => {} }),
};

describe('MaintenanceApp', () => {
  it('starts with its heading, the connection state in words and a loading status', () => {
    const html = renderToStaticMarkup(<MaintenanceApp bridge={unusedBridge} />);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('Maintenance</h1>');
    expect(html).toContain('Live updates:</span> Connecting…');
    expect(html).toMatch(/role="status"[^>]*>Loading from the hub…/);
  });
});
