// The update files on the hub (--updates-dir) in electron-updater's generic-provider layout: which versions they
// offer (latest-linux.yml / latest.yml at the top, or in a folder per version) and their static serving.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { parse } from 'yaml';
import { AppVersion, type AvailableUpdate } from '../../../machines/contracts/index.js';

/** Where the hub serves the update folder. */
export const updatesPrefix = '/updates/';

/** The channel files electron-updater's generic provider reads (Linux, Windows, macOS). */
const channelFiles = ['latest-linux.yml', 'latest.yml', 'latest-mac.yml'];

/** The version a folder's channel file names, or null when it has none (or an unreadable one). */
function versionIn(folder: string): string | null {
  for (const name of channelFiles) {
    const file = join(folder, name);
    if (!existsSync(file)) continue;
    try {
      const parsed = AppVersion.safeParse(
        (parse(readFileSync(file, 'utf8')) as { version?: unknown })?.version,
      );
      if (parsed.success) return parsed.data;
    } catch {
      // A channel file that is not YAML offers nothing; the others in the folder may.
    }
  }
  return null;
}

/** Compares dotted versions numerically (a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = a.split('-', 2) as [string, string | undefined];
  const [coreB, preB] = b.split('-', 2) as [string, string | undefined];
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA.localeCompare(preB, 'en', { numeric: true });
}

/**
 * The versions `dir` offers, newest first: one folder per version (`1.4.0/latest-linux.yml`, served at
 * /updates/1.4.0/), and the top folder's own channel files (/updates/) unless a version folder has the same
 * version. Read on every call so files copied in later count at once. No folder: nothing.
 */
export function availableUpdates(dir: string | null): AvailableUpdate[] {
  if (dir === null || !existsSync(dir)) return [];
  const found = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const folder = join(dir, name);
    if (!AppVersion.safeParse(name).success || !statSync(folder).isDirectory()) continue;
    if (versionIn(folder) === name) found.set(name, `${updatesPrefix}${name}/`);
  }
  const top = versionIn(dir);
  if (top !== null && !found.has(top)) found.set(top, updatesPrefix);
  return [...found]
    .map(([version, feedPath]) => ({ version, feedPath }))
    .sort((a, b) => compareVersions(b.version, a.version));
}

/** Serves `dir` read-only at /updates/ (no listings, no dot files); the files are not secret. */
export async function registerUpdateFiles(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: updatesPrefix,
    index: false,
    list: false,
    decorateReply: false,
    maxAge: 0,
  });
}
