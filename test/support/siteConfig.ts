// The shipped Portland Building configuration for tests: opening hours off, so tests pass at any hour.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteConfig } from '../../machines/contracts/index.js';
import { loadSiteConfig } from '../../main/hub/loadConfig.js';
import { defaultSiteConfig } from '../../main/paths.js';

/** The shipped config with `intake.openingHours` null (always open) and any `changes` applied on top. */
export function testSiteConfig(changes: (config: SiteConfig) => SiteConfig = (c) => c): SiteConfig {
  const shipped = loadSiteConfig(defaultSiteConfig);
  return SiteConfig.parse(changes({ ...shipped, intake: { ...shipped.intake, openingHours: null } }));
}

/** Writes `testSiteConfig(changes)` to `<dir>/site.json` and returns that path (for hub processes). */
export function writeTestSiteConfig(dir: string, changes?: (config: SiteConfig) => SiteConfig): string {
  const file = join(dir, 'site.json');
  writeFileSync(file, `${JSON.stringify(testSiteConfig(changes), null, 2)}\n`);
  return file;
}
