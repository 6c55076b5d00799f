// The site configuration as this kiosk last fetched it from the hub: reused for `maxAgeMs`, then fetched again;
// while the hub cannot be reached, the last one known (in memory, else the saved copy on disk) serves instead.
import type { SiteConfig } from '../../machines/contracts/index.js';

export interface SiteCacheDeps {
  fetch: () => Promise<SiteConfig>;
  now: () => Date;
  maxAgeMs: number;
  /** Called with every fresh configuration (the offline kiosk saves it to disk). */
  remember?: (site: SiteConfig) => void;
  /** The configuration saved by an earlier run, used when nothing was fetched yet and the hub is unreachable. */
  saved?: () => SiteConfig | null;
}

export function createSiteCache(deps: SiteCacheDeps): () => Promise<SiteConfig> {
  let cached: { site: SiteConfig; fetchedAt: number } | null = null;
  return async function site(): Promise<SiteConfig> {
    const at = deps.now().getTime();
    if (cached && at - cached.fetchedAt < deps.maxAgeMs) return cached.site;
    try {
      const fresh = await deps.fetch();
      cached = { site: fresh, fetchedAt: at };
      deps.remember?.(fresh);
      return fresh;
    } catch (err) {
      const known = cached?.site ?? deps.saved?.();
      if (known) return known;
      throw err;
    }
  };
}
