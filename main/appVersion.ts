// The version of the app (hub, agent, Electron shell) this process runs: package.json's, which electron-builder also stamps on the release.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppVersion } from '../machines/contracts/index.js';
import { projectRoot } from './paths.js';

let cached: AppVersion | null | undefined;

/** package.json's version, or null when it is missing or not a release version (read once). */
export function packageVersion(): AppVersion | null {
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
        version?: unknown;
      };
      const parsed = AppVersion.safeParse(pkg.version);
      cached = parsed.success ? parsed.data : null;
    } catch {
      cached = null;
    }
  }
  return cached;
}
