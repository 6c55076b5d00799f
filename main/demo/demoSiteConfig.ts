// The demo hub's site configuration: the shipped one with opening hours off, so the demo takes tickets at any hour.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteConfig } from '../../machines/contracts/index.js';
import { loadSiteConfig } from '../hub/loadConfig.js';
import { defaultSiteConfig } from '../paths.js';

/** Writes `<dataDir>/site.json` (the shipped config, `intake.openingHours` null) and returns its path. */
export function writeDemoSiteConfig(dataDir: string): string {
  const shipped = loadSiteConfig(defaultSiteConfig);
  const config = SiteConfig.parse({ ...shipped, intake: { ...shipped.intake, openingHours: null } });
  const file = join(dataDir, 'site.json');
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}
