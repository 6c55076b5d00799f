// The catalog service: seed without a stored copy, the stored copy read back as "cache" after a restart, a failed
// refresh keeping what was there, concurrent refreshes joined into one, and stop() abandoning one in flight.
import { describe, expect, it } from 'vitest';
import type { CaseService } from '../../../../machines/contracts/index.js';
import { createCaseCatalog } from '../../../../main/hub/cases/caseCatalog.js';
import type { CaseCatalogStore, StoredCatalog } from '../../../../main/hub/cases/caseCatalogStore.js';
import type { CaseStoreAdapter } from '../../../../main/hub/cases/caseStore.js';
import { CaseStoreError } from '../../../../main/hub/cases/caseStore.js';

const now = () => new Date('2026-11-26T18:00:00.000Z');

const service = (code: string, hasDefinition = false): CaseService => ({
  code,
  name: code,
  description: '',
  group: 'Other',
  keywords: [],
  type: 'realtime',
  hasDefinition,
  translations: {},
  groupTranslations: {},
});

const seed = { services: [service('seeded')], definitions: {} };

function memoryStore(): CaseCatalogStore & { saved: StoredCatalog[] } {
  const saved: StoredCatalog[] = [];
  return {
    saved,
    load: () => {
      const last = saved.at(-1);
      return last ? { json: JSON.stringify(last.content), fetchedAt: last.fetchedAt } : undefined;
    },
    save: (catalog) => {
      saved.push(catalog);
    },
  };
}

/** An adapter that lists `services` (each definition with one question), or fails while `down`. */
function adapter(services: CaseService[]) {
  const state = { down: false, lists: 0, release: null as (() => void) | null, hold: false };
  const down = () =>
    new CaseStoreError('transient', 'down', { status: 503, retryAfterMs: null, mayHaveArrived: false });
  const fake: CaseStoreAdapter = {
    endpoint: 'https://cases.example.org',
    deduplicates: false,
    async listServices(signal) {
      state.lists += 1;
      if (state.hold) {
        await new Promise<void>((resolve, reject) => {
          state.release = resolve;
          signal.addEventListener('abort', () => reject(signal.reason));
        });
      }
      if (state.down) throw down();
      return services;
    },
    async getDefinition(serviceCode) {
      if (state.down) throw down();
      return {
        serviceCode,
        attributes: [
          {
            code: 'q',
            variable: true,
            datatype: 'string',
            required: true,
            description: 'Where?',
            datatypeDescription: '',
            order: 1,
            values: [],
            translations: {},
          },
        ],
      };
    },
    submit: () => Promise.reject(new Error('unused')),
    pollToken: () => Promise.reject(new Error('unused')),
    lookup: () => Promise.reject(new Error('unused')),
  };
  return { fake, state };
}

const options = (store: CaseCatalogStore, from: CaseStoreAdapter | null, failures: string[] = []) => ({
  store,
  adapter: from,
  seed,
  now,
  refreshMinutes: 60,
  requestTimeoutMs: 5000,
  onRefreshFailed: (reason: string) => failures.push(reason),
});

describe('createCaseCatalog', () => {
  it('serves the seed while nothing was ever fetched, and fetches definitions for services that have one', async () => {
    const store = memoryStore();
    const { fake } = adapter([service('live', true), service('plain')]);
    const catalog = createCaseCatalog(options(store, fake));
    expect(catalog.current()).toMatchObject({ source: 'seed', services: [{ code: 'seeded' }] });
    const live = await catalog.refresh();
    expect(live.source).toBe('case-store');
    expect(Object.keys(live.definitions)).toEqual(['live']);
    expect(catalog.serviceTypeOf('live')).toBe('realtime');
    expect(catalog.serviceTypeOf('seeded')).toBeNull();
    expect(store.saved).toHaveLength(1);
  });

  it('reads the stored copy back as "cache" after a restart, and keeps it when a refresh fails', async () => {
    const store = memoryStore();
    const { fake, state } = adapter([service('live')]);
    await createCaseCatalog(options(store, fake)).refresh();
    const failures: string[] = [];
    const restarted = createCaseCatalog(options(store, fake, failures));
    expect(restarted.current()).toMatchObject({ source: 'cache', fetchedAt: now().toISOString() });
    state.down = true;
    const after = await restarted.refresh();
    expect(after).toMatchObject({ source: 'cache', services: [{ code: 'live' }] });
    expect(failures).toEqual(['transient (status 503)']);
  });

  it('joins a refresh already running instead of asking the case store twice', async () => {
    const { fake, state } = adapter([service('live')]);
    const catalog = createCaseCatalog(options(memoryStore(), fake));
    const [a, b] = await Promise.all([catalog.refresh(), catalog.refresh()]);
    expect(a).toBe(b);
    expect(state.lists).toBe(1);
  });

  it('abandons a refresh in flight on stop, keeping what it had', async () => {
    const { fake, state } = adapter([service('live')]);
    state.hold = true;
    const catalog = createCaseCatalog(options(memoryStore(), fake));
    const pending = catalog.refresh();
    await catalog.stop();
    expect((await pending).source).toBe('seed');
    expect(state.release).not.toBeNull();
  });

  it('without a case store, serves the seed and never refreshes', async () => {
    const catalog = createCaseCatalog(options(memoryStore(), null));
    catalog.start();
    expect((await catalog.refresh()).source).toBe('seed');
    await catalog.stop();
  });
});
