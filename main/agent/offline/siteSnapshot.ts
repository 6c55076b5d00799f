// The last site configuration the hub gave this kiosk, kept in `<data>/site-snapshot.json` so a kiosk restarted
// during an outage still knows its services, queues and ticket layout. The configuration holds no secrets.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteConfig } from '../../../machines/contracts/index.js';
import { loadAgentSettings } from '../settings.js';
import { replaceFileDurably } from './durableFile.js';
import { offlineLogFile } from './offlineLog.js';

export const siteSnapshotFile = (dataDir: string): string => join(dataDir, 'site-snapshot.json');

/** The saved configuration, or null when none was saved or it no longer reads as a site configuration. */
export function loadSiteSnapshot(dataDir: string): SiteConfig | null {
  const file = siteSnapshotFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const parsed = SiteConfig.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Replaces the saved configuration (a crash leaves the old or the new one). */
export function saveSiteSnapshot(dataDir: string, site: SiteConfig): void {
  const file = siteSnapshotFile(dataDir);
  replaceFileDurably(file, `${JSON.stringify(site)}\n`);
}

/** An enrolled kiosk with a saved site and an offline log can start while the hub is away. */
export function canStartOffline(dataDir: string): boolean {
  return (
    loadAgentSettings(dataDir).credential !== null &&
    loadSiteSnapshot(dataDir) !== null &&
    existsSync(offlineLogFile(dataDir))
  );
}
