// The agent's settings file: a device id made once and kept across restarts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAgentSettings } from '../../../main/agent/settings.js';

describe('agent settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a kiosk device id on first run and stores it in the data folder', () => {
    const { deviceId } = loadAgentSettings(join(dir, 'agent'));
    expect(deviceId).toMatch(/^kiosk-[a-z0-9]{8}$/);
    const stored = JSON.parse(readFileSync(join(dir, 'agent', 'agent-settings.json'), 'utf8')) as {
      deviceId: string;
    };
    expect(stored.deviceId).toBe(deviceId);
  });

  it('keeps the same device id on every later run', () => {
    const first = loadAgentSettings(dir).deviceId;
    expect(loadAgentSettings(dir).deviceId).toBe(first);
  });

  it('gives two data folders two different device ids', () => {
    const other = mkdtempSync(join(tmpdir(), 'lobby311-settings-'));
    try {
      expect(loadAgentSettings(dir).deviceId).not.toBe(loadAgentSettings(other).deviceId);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
