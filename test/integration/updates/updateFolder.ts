// An updates folder as electron-builder's releases fill it (generic-provider layout, one folder per version).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What electron-builder writes for a Linux AppImage release (hashes shortened; the hub never checks them). */
export function channelFile(version: string): string {
  return [
    `version: ${version}`,
    'files:',
    `  - url: lobby311-${version}.AppImage`,
    '    sha512: c2hhNTEyLWZha2U=',
    '    size: 9',
    '    blockMapSize: 5',
    `path: lobby311-${version}.AppImage`,
    'sha512: c2hhNTEyLWZha2U=',
    "releaseDate: '2026-11-20T10:00:00.000Z'",
    '',
  ].join('\n');
}

/** A folder per version with its channel file, AppImage and block map. */
export function writeUpdatesDir(dir: string, versions: readonly string[]): void {
  for (const version of versions) {
    const folder = join(dir, version);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'latest-linux.yml'), channelFile(version));
    writeFileSync(join(folder, `lobby311-${version}.AppImage`), `AppImage ${version}`);
    writeFileSync(join(folder, `lobby311-${version}.AppImage.blockmap`), 'block');
  }
}
