// A tiny case-store adapter whose answers a test sets: a catalog (or a failure) for discovery, and a created case
// number per submission. It records what it was sent, so tests can check what left the hub.
import type { CaseService, ServiceDefinition } from '../../../../machines/contracts/index.js';
import {
  type CaseStoreAdapter,
  CaseStoreError,
  type OutgoingCaseRequest,
  type SubmitOutcome,
} from '../../../../main/hub/cases/caseStore.js';
import { loadCatalogSeed } from '../../../../main/hub/cases/catalogSeed.js';

/** The shipped catalog as the case store itself would send it: English only, no translations. */
export function englishSeedCatalog(): {
  services: CaseService[];
  definitions: Record<string, ServiceDefinition>;
} {
  const seed = loadCatalogSeed();
  return {
    services: seed.services.map((s) => ({ ...s, translations: {}, groupTranslations: {} })),
    definitions: Object.fromEntries(
      Object.entries(seed.definitions).map(([code, d]) => [
        code,
        {
          ...d,
          attributes: d.attributes.map((a) => ({
            ...a,
            translations: {},
            values: a.values.map((v) => ({ ...v, translations: {} })),
          })),
        },
      ]),
    ),
  };
}

export class ScriptedCaseStore implements CaseStoreAdapter {
  readonly endpoint = 'https://cases.example.org';
  readonly deduplicates = true;
  services: CaseService[];
  definitions: Record<string, ServiceDefinition>;
  /** When set, discovery fails with a transient error (the case store is down). */
  down = false;
  readonly sent: OutgoingCaseRequest[] = [];
  discoveries = 0;
  private nextCase = 2026001;

  constructor(catalog = englishSeedCatalog()) {
    this.services = catalog.services;
    this.definitions = catalog.definitions;
  }

  private unavailable(): CaseStoreError {
    return new CaseStoreError('transient', 'Service unavailable', {
      status: 503,
      retryAfterMs: null,
      mayHaveArrived: false,
    });
  }

  async listServices(): Promise<CaseService[]> {
    this.discoveries += 1;
    if (this.down) throw this.unavailable();
    return structuredClone(this.services);
  }

  async getDefinition(serviceCode: string): Promise<ServiceDefinition> {
    if (this.down) throw this.unavailable();
    const definition = this.definitions[serviceCode];
    if (!definition)
      throw new CaseStoreError('unknown-service', 'no such service', {
        status: 404,
        retryAfterMs: null,
        mayHaveArrived: false,
      });
    return structuredClone(definition);
  }

  async submit(request: OutgoingCaseRequest): Promise<SubmitOutcome> {
    if (this.down) throw this.unavailable();
    this.sent.push(request);
    return {
      kind: 'created',
      caseId: String(this.nextCase++),
      serviceNotice: 'Crews respond within 5 business days.',
    };
  }

  async pollToken(): Promise<never> {
    throw this.unavailable();
  }

  async lookup(): Promise<{ caseIds: string[] }> {
    return { caseIds: [] };
  }
}
