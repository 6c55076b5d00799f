// Where the hub's catalog comes from: the shipped seed with no case store; the case store once reachable (with
// the seed's Spanish merged on); the stored copy when a later refresh fails; the seed again when the case store
// was never reachable. Kiosks and desks read it; anonymous callers do not.
import { afterEach, describe, expect, it } from 'vitest';
import { CaseCatalog, type CaseService } from '../../../../machines/contracts/index.js';
import { type CaseHub, potholeRequest, startCaseHub } from './caseHub.js';
import { ScriptedCaseStore } from './scriptedCaseStore.js';

const agreedCodes = [
  'pothole',
  'streetlight-out',
  'graffiti',
  'abandoned-vehicle',
  'illegal-dumping',
  'sidewalk-damage',
  'tree-down',
  'park-maintenance',
  'noise-complaint',
  'water-leak',
  'sewer-backup',
  'homeless-camp-cleanup',
  'general-feedback',
];

const snowRemoval: CaseService = {
  code: 'snow-removal',
  name: 'Snow and ice',
  description: 'An unplowed street',
  group: 'Streets and sidewalks',
  keywords: [],
  type: 'realtime',
  hasDefinition: false,
  translations: {},
  groupTranslations: {},
};

describe('the catalog kiosks and desks offer', () => {
  let hub: CaseHub;
  afterEach(() => hub.close());

  const catalog = async (who: 'kiosk' | 'desk' = 'kiosk') =>
    CaseCatalog.parse((await hub.get('/api/case-services', who)).json());

  it('is the shipped seed, in English and Spanish, while no case store is configured', async () => {
    hub = await startCaseHub();
    const seed = await catalog('desk');
    expect(seed).toMatchObject({ source: 'seed', fetchedAt: null });
    expect(seed.services.map((s) => s.code).sort()).toEqual([...agreedCodes].sort());
    expect(seed.services.find((s) => s.code === 'pothole')?.translations.es?.name).toBe('Bache');
    expect((await hub.get('/api/case-services', 'anonymous')).statusCode).toBe(401);
  });

  it('comes from the case store once reachable, with the seed’s translations merged onto known services', async () => {
    const store = new ScriptedCaseStore();
    store.services.push(snowRemoval);
    hub = await startCaseHub({ adapter: store });
    await hub.hub.caseCatalog.refresh();
    const live = await catalog();
    expect(live).toMatchObject({ source: 'case-store', fetchedAt: hub.clock.now().toISOString() });
    const pothole = live.services.find((s) => s.code === 'pothole');
    expect(pothole?.translations.es?.name).toBe('Bache');
    expect(pothole?.groupTranslations.es).toBe('Calles y aceras');
    const size = live.definitions.pothole?.attributes.find((a) => a.code === 'size');
    expect(size?.translations.es?.description).toBe('¿Más o menos qué tamaño tiene?');
    expect(size?.values.find((v) => v.key === 'large')?.translations.es).toBe('Más grande que una llanta');
    expect(live.services.find((s) => s.code === 'snow-removal')?.translations).toEqual({});
    const res = await hub.post(
      '/api/case-requests',
      potholeRequest({ serviceCode: 'snow-removal', answers: {} }),
      'kiosk',
    );
    expect(res.statusCode).toBe(201);
  });

  it('stays the stored copy, marked cache, when a later refresh fails', async () => {
    const store = new ScriptedCaseStore();
    store.services.push(snowRemoval);
    hub = await startCaseHub({ adapter: store });
    await hub.hub.caseCatalog.refresh();
    const fetchedAt = hub.clock.now().toISOString();
    store.down = true;
    hub.clock.advance(3_600_000);
    await hub.hub.caseCatalog.refresh();
    const cached = await catalog();
    expect(cached).toMatchObject({ source: 'cache', fetchedAt });
    expect(cached.services.map((s) => s.code)).toContain('snow-removal');
    const [row] = hub.read<{ fetched_at: string }>('SELECT fetched_at FROM case_catalog');
    expect(row?.fetched_at).toBe(fetchedAt);
  });

  it('is the seed when the case store was never reachable', async () => {
    const store = new ScriptedCaseStore();
    store.down = true;
    hub = await startCaseHub({ adapter: store });
    await hub.hub.caseCatalog.refresh();
    expect(store.discoveries).toBeGreaterThan(0);
    expect((await catalog()).source).toBe('seed');
    expect(hub.read('SELECT * FROM case_catalog')).toEqual([]);
  });
});
