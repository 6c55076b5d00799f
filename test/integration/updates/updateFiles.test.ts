// The hub serves its updates folder in electron-updater's generic-provider layout at /updates/, and reads which
// versions it offers from the channel files (a folder per version, or the top folder itself).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { availableUpdates, compareVersions } from '../../../main/hub/updates/updateFiles.js';
import { channelFile, startUpdatesHub, type UpdatesTestHub, writeUpdatesDir } from './updatesHub.js';

describe('GET /updates/…', () => {
  let t: UpdatesTestHub;
  beforeAll(async () => {
    t = await startUpdatesHub();
  });
  afterAll(() => t.close());
  const fetchFile = (url: string) => t.hub.app.inject({ method: 'GET', url });

  it('serves a version folder the way electron-updater reads it: channel file, then the files it names', async () => {
    const channel = await fetchFile('/updates/1.1.0/latest-linux.yml');
    expect(channel.statusCode).toBe(200);
    const parsed = parse(channel.body) as { version: string; path: string; files: { url: string }[] };
    expect(parsed.version).toBe('1.1.0');
    const app = await fetchFile(`/updates/1.1.0/${parsed.files[0]!.url}`);
    expect(app.statusCode).toBe(200);
    expect(app.body).toBe('AppImage 1.1.0');
    const blockmap = await fetchFile(`/updates/1.1.0/${parsed.path}.blockmap`);
    expect(blockmap.statusCode).toBe(200);
  });

  it('needs no credential (kiosks download with electron-updater) but serves nothing outside the folder', async () => {
    for (const url of [
      '/updates/',
      '/updates/1.1.0/',
      '/updates/../hub.sqlite',
      '/updates/%2e%2e/hub.sqlite',
    ]) {
      const res = await fetchFile(url);
      expect([403, 404], url).toContain(res.statusCode);
      expect(res.body).not.toMatch(/AppImage|SQLite/);
    }
  });
});

describe('availableUpdates', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-update-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists version folders newest first and the top folder’s own release, ignoring broken or mismatched ones', () => {
    writeUpdatesDir(dir, ['1.2.0', '1.10.0', '1.10.0-beta.1']);
    writeUpdatesDir(dir, ['2.0.0']);
    writeFileSync(join(dir, '2.0.0', 'latest-linux.yml'), '{ not: [yaml');
    writeUpdatesDir(dir, ['3.0.0']);
    writeFileSync(join(dir, '3.0.0', 'latest-linux.yml'), channelFile('3.0.1'));
    writeFileSync(join(dir, 'latest.yml'), channelFile('1.11.0'));
    expect(availableUpdates(dir)).toEqual([
      { version: '1.11.0', feedPath: '/updates/' },
      { version: '1.10.0', feedPath: '/updates/1.10.0/' },
      { version: '1.10.0-beta.1', feedPath: '/updates/1.10.0-beta.1/' },
      { version: '1.2.0', feedPath: '/updates/1.2.0/' },
    ]);
  });

  it('offers nothing without a folder', () => {
    expect(availableUpdates(null)).toEqual([]);
    expect(availableUpdates(join(dir, 'missing'))).toEqual([]);
  });

  it('compares versions by number, a pre-release before its release', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.10.0-beta.1', '1.10.0')).toBeLessThan(0);
    expect(compareVersions('1.10.0-beta.10', '1.10.0-beta.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });
});
