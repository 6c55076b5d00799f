// The shipped starter catalog (assets/site/case-services.json): what kiosks offer before the hub has ever reached
// the case store, and the visitor translations (the case store speaks English) merged onto the live catalog.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type CaseAttribute,
  CaseService,
  ServiceCode,
  ServiceDefinition,
} from '../../../machines/contracts/caseRequests.js';
import { assetsDir } from '../../paths.js';
import type { CatalogContent } from './caseCatalogStore.js';

export const defaultCatalogSeedFile = join(assetsDir, 'site', 'case-services.json');

export const CatalogSeed = z.object({
  services: z.array(CaseService),
  definitions: z.record(ServiceCode, ServiceDefinition),
});

/** Reads and validates the seed file; throws with the file name and the first problem when it is not valid. */
export function loadCatalogSeed(file = defaultCatalogSeedFile): CatalogContent {
  const parsed = CatalogSeed.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: "${issue.path.join('.')}" is invalid (${issue.message})`);
  }
  return parsed.data;
}

function withSeedAttribute(live: CaseAttribute, seed: CaseAttribute | undefined): CaseAttribute {
  if (!seed) return live;
  const seedValues = new Map(seed.values.map((v) => [v.key, v]));
  return {
    ...live,
    translations: { ...seed.translations, ...live.translations },
    values: live.values.map((value) => ({
      ...value,
      translations: { ...seedValues.get(value.key)?.translations, ...value.translations },
    })),
  };
}

/**
 * The live catalog with the seed's translations copied onto every service, question and choice the seed also
 * has (matched by code and key); a translation the case store itself sends wins.
 */
export function withSeedTranslations(live: CatalogContent, seed: CatalogContent): CatalogContent {
  const seedServices = new Map(seed.services.map((s) => [s.code, s]));
  const services = live.services.map((service) => {
    const known = seedServices.get(service.code);
    if (!known) return service;
    return {
      ...service,
      translations: { ...known.translations, ...service.translations },
      groupTranslations:
        known.group === service.group
          ? { ...known.groupTranslations, ...service.groupTranslations }
          : service.groupTranslations,
    };
  });
  const definitions = Object.fromEntries(
    Object.entries(live.definitions).map(([code, definition]) => {
      const seedAttributes = new Map(
        (seed.definitions[code]?.attributes ?? []).map((a) => [a.code, a] as const),
      );
      const attributes = definition.attributes.map((a) => withSeedAttribute(a, seedAttributes.get(a.code)));
      return [code, { ...definition, attributes }];
    }),
  );
  return { services, definitions };
}
