// Raster lines come only from the bundled fonts: the same lines drawn in a child process whose system font
// folders are hidden (a private mount namespace with empty tmpfs over them) are identical dot for dot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { rasterHashes, rasterLanguages } from '../support/rasterHashes.js';

const root = join(import.meta.dirname, '../../../..');
const fontDirs = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.fonts'),
  join(homedir(), '.local/share/fonts'),
];

/** Why system fonts cannot be hidden here, or null when they can. */
function cannotHide(): string | null {
  try {
    execFileSync(
      'unshare',
      ['--mount', '--map-root-user', 'sh', '-c', 'mount -t tmpfs tmpfs /usr/share/fonts'],
      {
        stdio: 'pipe',
      },
    );
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return stderr || (error instanceof Error ? error.message : String(error));
  }
}

const reason = existsSync('/usr/share/fonts') ? cannotHide() : 'no /usr/share/fonts to hide';
if (reason) console.log(`skipped: cannot hide system fonts here (${reason})`);

describe('raster lines with the machine fonts hidden', () => {
  it.skipIf(reason !== null)(
    'are byte-identical to those drawn with the machine fonts visible',
    () => {
      const hide = fontDirs
        .filter((dir) => existsSync(dir))
        .map((dir) => `mount -t tmpfs tmpfs '${dir}'`)
        .join(' && ');
      const child = spawnSync(
        'unshare',
        [
          '--mount',
          '--map-root-user',
          'sh',
          '-c',
          `${hide} && exec node_modules/.bin/tsx test/unit/printers/support/rasterHashes.ts`,
        ],
        { cwd: root, encoding: 'utf8', timeout: 60_000 },
      );
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      const hidden = JSON.parse(child.stdout) as { systemFamilies: number; hashes: Record<string, string> };
      // The child really saw no system fonts, while this process sees them (so the comparison means something).
      expect(hidden.systemFamilies).toBe(0);
      expect(GlobalFonts.families.length).toBeGreaterThan(0);
      const visible = rasterHashes();
      expect(Object.keys(visible).sort()).toEqual([...rasterLanguages].sort());
      expect(hidden.hashes).toEqual(visible);
    },
    90_000,
  );
});
