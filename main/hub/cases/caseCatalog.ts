// The catalog kiosks and desks offer: refreshed from the case store at start and every catalogRefreshMinutes
// (services, then the definition of each service that has one); a failed refresh keeps the stored copy
// (source "cache"); with no stored copy and no reachable case store, the shipped seed (source "seed").
import { CaseCatalog, type CaseServiceType } from '../../../machines/contracts/caseRequests.js';
import type { CaseCatalogStore, CatalogContent } from './caseCatalogStore.js';
import { type CaseStoreAdapter, CaseStoreError } from './caseStore.js';
import { withSeedTranslations } from './catalogSeed.js';

export interface CaseCatalogOptions {
  store: CaseCatalogStore;
  adapter: CaseStoreAdapter | null;
  seed: CatalogContent;
  now: () => Date;
  refreshMinutes: number;
  /** Each call to the case store gives up after this long. */
  requestTimeoutMs: number;
  /** Told why a refresh failed (an error kind and status: never content). */
  onRefreshFailed?: (reason: string) => void;
}

export interface CaseCatalogService {
  current(): CaseCatalog;
  /** A service's type, or null when the catalog does not have it. */
  serviceTypeOf(serviceCode: string): CaseServiceType | null;
  /** Fetches the catalog from the case store now (joins a refresh already running); resolves with the result. */
  refresh(): Promise<CaseCatalog>;
  /** Refreshes now and then every refreshMinutes (nothing when no case store is configured). */
  start(): void;
  /** Stops the timer, abandons a refresh in flight and waits for it to settle. */
  stop(): Promise<void>;
}

function failureReason(error: unknown): string {
  if (error instanceof CaseStoreError) return `${error.kind} (status ${error.details.status ?? 'none'})`;
  return (error as Error).name ?? 'error';
}

export function createCaseCatalog(options: CaseCatalogOptions): CaseCatalogService {
  const { store, adapter, seed } = options;
  const seedCatalog = (): CaseCatalog => ({ ...seed, source: 'seed', fetchedAt: null });

  /** The stored copy, or undefined when there is none (or it no longer reads as a catalog). */
  function stored(): CaseCatalog | undefined {
    const row = store.load();
    if (!row) return undefined;
    const parsed = CaseCatalog.safeParse({
      ...JSON.parse(row.json),
      source: 'cache',
      fetchedAt: row.fetchedAt,
    });
    return parsed.success ? parsed.data : undefined;
  }

  let catalog: CaseCatalog = stored() ?? seedCatalog();
  let types = new Map(catalog.services.map((s) => [s.code, s.type]));
  const use = (next: CaseCatalog) => {
    catalog = next;
    types = new Map(next.services.map((s) => [s.code, s.type]));
    return next;
  };

  const stopping = new AbortController();
  const signal = () => AbortSignal.any([stopping.signal, AbortSignal.timeout(options.requestTimeoutMs)]);

  async function fetchLive(from: CaseStoreAdapter): Promise<CaseCatalog> {
    const services = await from.listServices(signal());
    const definitions: CatalogContent['definitions'] = {};
    for (const service of services.filter((s) => s.hasDefinition)) {
      definitions[service.code] = await from.getDefinition(service.code, signal());
    }
    const merged = withSeedTranslations({ services, definitions }, seed);
    return CaseCatalog.parse({ ...merged, source: 'case-store', fetchedAt: options.now().toISOString() });
  }

  let running: Promise<CaseCatalog> | undefined;
  async function runRefresh(from: CaseStoreAdapter): Promise<CaseCatalog> {
    try {
      const live = await fetchLive(from);
      store.save({
        content: { services: live.services, definitions: live.definitions },
        fetchedAt: live.fetchedAt!,
      });
      return use(live);
    } catch (error) {
      options.onRefreshFailed?.(failureReason(error));
      return use(catalog.source === 'case-store' ? { ...catalog, source: 'cache' } : catalog);
    }
  }

  let timer: ReturnType<typeof setInterval> | undefined;
  const refresh = () => {
    if (!adapter || stopping.signal.aborted) return Promise.resolve(catalog);
    running ??= runRefresh(adapter).finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    current: () => catalog,
    serviceTypeOf: (serviceCode) => types.get(serviceCode) ?? null,
    refresh,
    start() {
      if (!adapter || timer) return;
      void refresh();
      timer = setInterval(() => void refresh(), options.refreshMinutes * 60_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      stopping.abort();
      await running;
    },
  };
}
