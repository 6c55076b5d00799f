// The agent's settings file: a device id made once and kept across restarts, the device credential, the PIN hash.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  agentSettingsFile,
  loadAgentSettings,
  saveAgentCredential,
  saveExitPinHash,
} from '../../../main/agent/settings.js';

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

  it('has no credential before enrolment, and keeps the one from enrolment across restarts', () => {
    const before = loadAgentSettings(dir);
    expect(before.credential).toBeNull();
    const token = 'T'.repeat(43);
    saveAgentCredential(dir, { deviceId: 'kiosk-0a1b2c3d', token });
    const after = loadAgentSettings(dir);
    expect(after.credential).toEqual({ deviceId: 'kiosk-0a1b2c3d', token });
    expect(after.deviceId).toBe('kiosk-0a1b2c3d');
  });

  it('keeps the settings file readable by its owner only (mode 0600)', () => {
    loadAgentSettings(dir);
    saveAgentCredential(dir, { deviceId: 'kiosk-0a1b2c3d', token: 'T'.repeat(43) });
    expect(statSync(agentSettingsFile(dir)).mode & 0o777).toBe(0o600);
  });

  it('refuses a token that is too short to be one the hub issued', () => {
    expect(() => saveAgentCredential(dir, { deviceId: 'kiosk-0a1b2c3d', token: 'short' })).toThrow();
  });

  it('stores the exit PIN hash', () => {
    saveExitPinHash(dir, 'scrypt$1024$8$1$c2FsdA$aGFzaA');
    expect(loadAgentSettings(dir).exitPinHash).toBe('scrypt$1024$8$1$c2FsdA$aGFzaA');
  });
});
