// The information topics as the hub last gave them to this kiosk: fetched on every request for them, saved
// atomically to `<data>/info-content.json` when they changed, and served from that copy while the hub cannot be
// reached (or, never fetched, the shipped starter set, version 0). Follows caseRequests/catalogCache.ts.
import { existsSync, fsyncSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HubClient, HubError, InfoContent } from '../../../machines/contracts/index.js';
import { KioskRefusal } from '../apiErrors.js';
import { hubUnreachable } from '../offline/connectivity.js';
import { replaceFileDurably } from '../offline/durableFile.js';
import { loadStarterContent } from './starterContent.js';

export const infoContentFile = (dataDir: string): string => join(dataDir, 'info-content.json');

export interface InfoContentCache {
  /** The hub's content (saved), or the saved copy / starter set while the hub is away or failing. */
  fetch(): Promise<InfoContent>;
  /** The content this kiosk knows without asking the hub: the last fetched, the saved copy, or the starter set. */
  known(): InfoContent;
}

export interface InfoContentCacheDeps {
  hub: HubClient;
  /** null: nothing is saved (the copy lives in memory only). */
  dataDir: string | null;
  /** The shipped starter set (default: read from assets/ on first use). */
  starter?: () => InfoContent;
  fsync?: (fd: number) => void;
}

/** The saved content, or null when none was saved or it no longer reads as content. */
export function loadSavedInfoContent(dataDir: string): InfoContent | null {
  const file = infoContentFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const parsed = InfoContent.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The hub is away or failing (not a refusal of this kiosk): the copy may serve instead. */
const mayUseCopy = (err: unknown) => hubUnreachable(err) || (err instanceof HubError && err.status >= 500);

export const informationUnavailable = (): KioskRefusal =>
  new KioskRefusal(
    503,
    'unavailable',
    'Information is not available at this kiosk right now. Please ask at the front desk.',
  );

export function createInfoContentCache(deps: InfoContentCacheDeps): InfoContentCache {
  const sync = deps.fsync ?? fsyncSync;
  let starter: InfoContent | null = null;
  const starterSet = (): InfoContent => {
    if (starter) return starter;
    try {
      starter = (deps.starter ?? loadStarterContent)();
    } catch {
      throw informationUnavailable();
    }
    return starter;
  };
  let current = deps.dataDir === null ? null : loadSavedInfoContent(deps.dataDir);
  let savedJson = current ? JSON.stringify(current) : '';
  const known = () => current ?? starterSet();
  return {
    async fetch() {
      let fresh: InfoContent;
      try {
        fresh = await deps.hub.call('getInfoContent', {});
      } catch (err) {
        if (!mayUseCopy(err)) throw err;
        return known();
      }
      current = fresh;
      const json = JSON.stringify(fresh);
      if (deps.dataDir !== null && json !== savedJson) {
        replaceFileDurably(infoContentFile(deps.dataDir), `${json}\n`, sync);
        savedJson = json;
      }
      return fresh;
    },
    known,
  };
}
