// Finds the Electron binary if it is installed (it cannot be downloaded on every machine).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

/** The Electron executable's path, or `null` with the reason it is missing. */
export function findElectronBinary(): { path: string } | { path: null; reason: string } {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      path: null,
      reason: 'the Electron binary is not installed (node_modules/electron/path.txt is missing)',
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { path: null, reason: `the Electron binary ${binary} does not exist` };
  return { path: binary };
}
