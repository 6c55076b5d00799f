// The services a visitor can report, as the hub last gave them to this kiosk: fetched from the hub on every
// request for it, saved atomically to `<data>/case-catalog.json` (temp file, fsync, rename) when it changed, and
// served from that copy (source `cache`) while the hub cannot be reached. The catalog holds nothing personal.
import { existsSync, fsyncSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseCatalog, type HubClient, HubError } from '../../../machines/contracts/index.js';
import { KioskRefusal } from '../apiErrors.js';
import { hubUnreachable } from '../offline/connectivity.js';
import { replaceFileDurably } from '../offline/durableFile.js';

export const caseCatalogFile = (dataDir: string): string => join(dataDir, 'case-catalog.json');

export interface CatalogCache {
  /** The hub's catalog (saved), or the saved copy with source `cache` while the hub is away. */
  fetch(): Promise<CaseCatalog>;
  /** The catalog this kiosk knows without asking the hub (the last fetched, else the saved copy), or null. */
  known(): CaseCatalog | null;
}

export interface CatalogCacheDeps {
  hub: HubClient;
  dataDir: string;
  /** Flushes a file descriptor to disk (tests count the calls). */
  fsync?: (fd: number) => void;
}

/** The saved catalog, or null when none was saved or it no longer reads as one. */
export function loadSavedCatalog(dataDir: string): CaseCatalog | null {
  const file = caseCatalogFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const parsed = CaseCatalog.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The hub is away or failing (not a refusal of this kiosk): the saved copy may serve instead. */
const mayUseCopy = (err: unknown) => hubUnreachable(err) || (err instanceof HubError && err.status >= 500);

export const catalogUnavailable = (): KioskRefusal =>
  new KioskRefusal(
    503,
    'unavailable',
    'Reporting a problem is not available at this kiosk right now. Please ask at the front desk.',
  );

export function createCatalogCache(deps: CatalogCacheDeps): CatalogCache {
  const file = caseCatalogFile(deps.dataDir);
  const sync = deps.fsync ?? fsyncSync;
  let current = loadSavedCatalog(deps.dataDir);
  let savedJson = current ? JSON.stringify(current) : '';
  return {
    async fetch() {
      let fresh: CaseCatalog;
      try {
        fresh = await deps.hub.call('caseCatalog', {});
      } catch (err) {
        if (!mayUseCopy(err)) throw err;
        const copy = current ?? loadSavedCatalog(deps.dataDir);
        if (!copy) throw catalogUnavailable();
        return { ...copy, source: 'cache' };
      }
      current = fresh;
      const json = JSON.stringify(fresh);
      if (json !== savedJson) {
        replaceFileDurably(file, `${json}\n`, sync);
        savedJson = json;
      }
      return fresh;
    },
    known: () => current,
  };
}
