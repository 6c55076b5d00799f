// The shipped starter catalog asks exactly what the fake city case store asks: the fake's catalog, mapped by
// the real Open311 adapter, equals the seed without its translations; and the seed has Spanish for everything
// a visitor reads, so the live catalog gets it all when the seed's translations are merged onto it.
import { describe, expect, it } from 'vitest';
import type {
  CaseAttribute,
  CaseService,
  ServiceDefinition,
} from '../../../../machines/contracts/caseRequests.js';
import type { CatalogContent } from '../../../../main/hub/cases/caseCatalogStore.js';
import { loadCatalogSeed, withSeedTranslations } from '../../../../main/hub/cases/catalogSeed.js';
import { definitionOf, servicesOf } from '../../../../main/hub/cases/open311/open311Catalog.js';
import { defaultFakeCatalog } from '../../../fakes/fakeCaseStoreData.js';

const seed = loadCatalogSeed();

function fakeAsLive(): CatalogContent {
  return {
    services: servicesOf(defaultFakeCatalog.services),
    definitions: Object.fromEntries(
      Object.entries(defaultFakeCatalog.definitions).map(([code, wire]) => [code, definitionOf(code, wire)]),
    ),
  };
}

function untranslatedService(service: CaseService): CaseService {
  return { ...service, translations: {}, groupTranslations: {} };
}

function untranslatedAttribute(attribute: CaseAttribute): CaseAttribute {
  return {
    ...attribute,
    translations: {},
    values: attribute.values.map((value) => ({ ...value, translations: {} })),
  };
}

function untranslatedDefinition(definition: ServiceDefinition): ServiceDefinition {
  return { ...definition, attributes: definition.attributes.map(untranslatedAttribute) };
}

function untranslated(catalog: CatalogContent): CatalogContent {
  return {
    services: catalog.services.map(untranslatedService),
    definitions: Object.fromEntries(
      Object.entries(catalog.definitions).map(([code, d]) => [code, untranslatedDefinition(d)]),
    ),
  };
}

describe('the starter catalog and the fake case store', () => {
  it('offer the same services, in the same order, with the same questions and choices', () => {
    const live = fakeAsLive();
    expect(live.services).toHaveLength(defaultFakeCatalog.services.length);
    expect(untranslated(seed)).toEqual(live);
  });

  it('give the live catalog every Spanish text of the seed once merged', () => {
    expect(withSeedTranslations(fakeAsLive(), seed)).toEqual(seed);
  });
});

describe('the starter catalog in Spanish', () => {
  it('names and describes every service and names every group', () => {
    for (const service of seed.services) {
      const es = service.translations.es;
      expect(es?.name, service.code).toBeTruthy();
      if (service.description !== '') expect(es?.description, service.code).toBeTruthy();
      expect(service.groupTranslations.es, service.code).toBeTruthy();
    }
  });

  it('asks every question, says every note and names every choice', () => {
    for (const [code, definition] of Object.entries(seed.definitions)) {
      for (const attribute of definition.attributes) {
        const where = `${code}.${attribute.code}`;
        const es = attribute.translations.es;
        expect(es?.description, where).toBeTruthy();
        if (attribute.datatypeDescription !== '') expect(es?.datatypeDescription, where).toBeTruthy();
        for (const value of attribute.values)
          expect(value.translations.es, `${where}.${value.key}`).toBeTruthy();
      }
    }
  });

  it('translates rather than copies the English', () => {
    const copied = seed.services.filter((s) => s.translations.es?.name === s.name).map((s) => s.code);
    const copiedQuestions = Object.values(seed.definitions)
      .flatMap((d) => d.attributes)
      // "Color" is the same word in Spanish.
      .filter((a) => a.translations.es?.description === a.description && a.description !== 'Color')
      .map((a) => a.code);
    expect(copied).toEqual([]);
    expect(copiedQuestions).toEqual([]);
  });
});
