// The shipped starter catalog: valid against the contract, a definition for every service that says it has one,
// Spanish for every service, question and choice; and how its translations are merged onto a live catalog.
import { describe, expect, it } from 'vitest';
import { loadCatalogSeed, withSeedTranslations } from '../../../../main/hub/cases/catalogSeed.js';

const seed = loadCatalogSeed();

describe('assets/site/case-services.json', () => {
  it('has a definition for exactly the services that say they have one', () => {
    const withDefinition = seed.services.filter((s) => s.hasDefinition).map((s) => s.code);
    expect(Object.keys(seed.definitions).sort()).toEqual(withDefinition.sort());
    for (const [code, definition] of Object.entries(seed.definitions))
      expect(definition.serviceCode).toBe(code);
  });

  it('has one batch and one blackbox service among realtime ones', () => {
    expect(seed.services.find((s) => s.code === 'homeless-camp-cleanup')?.type).toBe('batch');
    expect(seed.services.find((s) => s.code === 'general-feedback')?.type).toBe('blackbox');
  });

  it('says everything a visitor reads in Spanish too', () => {
    for (const service of seed.services) {
      expect(service.translations.es?.name, service.code).toBeTruthy();
      expect(service.groupTranslations.es, service.code).toBeTruthy();
    }
    for (const attribute of Object.values(seed.definitions).flatMap((d) => d.attributes)) {
      expect(attribute.translations.es?.description, attribute.code).toBeTruthy();
      for (const value of attribute.values) expect(value.translations.es, value.key).toBeTruthy();
    }
  });
});

describe('withSeedTranslations', () => {
  const pothole = seed.services.find((s) => s.code === 'pothole')!;
  const size = seed.definitions.pothole!.attributes.find((a) => a.code === 'size')!;

  it('copies the seed’s translations onto services, questions and choices it also has', () => {
    const live = {
      services: [{ ...pothole, name: 'Pothole repair', translations: {}, groupTranslations: {} }],
      definitions: {
        pothole: {
          serviceCode: 'pothole',
          attributes: [
            { ...size, translations: {}, values: size.values.map((v) => ({ ...v, translations: {} })) },
          ],
        },
      },
    };
    const merged = withSeedTranslations(live, seed);
    expect(merged.services[0]).toMatchObject({ name: 'Pothole repair', translations: pothole.translations });
    expect(merged.services[0]?.groupTranslations).toEqual(pothole.groupTranslations);
    expect(merged.definitions.pothole?.attributes[0]?.translations).toEqual(size.translations);
    expect(merged.definitions.pothole?.attributes[0]?.values.map((v) => v.translations.es)).toEqual(
      size.values.map((v) => v.translations.es),
    );
  });

  it('lets a translation from the case store win, and leaves a group the seed names differently alone', () => {
    const live = {
      services: [
        {
          ...pothole,
          group: 'Roads',
          translations: { es: { name: 'Bache en la calle' } },
          groupTranslations: {},
        },
      ],
      definitions: {},
    };
    const merged = withSeedTranslations(live, seed);
    expect(merged.services[0]?.translations.es?.name).toBe('Bache en la calle');
    expect(merged.services[0]?.groupTranslations).toEqual({});
  });
});
