// The category screen's search: name, description, keywords and group, in the visitor's language and English,
// case- and accent-insensitive; results grouped in catalog order.
import { describe, expect, it } from 'vitest';
import { foldText, serviceName, servicesByGroup } from '../../../../machines/caseRequestFlow.js';
import { testCatalog } from './fixtures.js';

const catalog = testCatalog();
const codes = (language: string, query: string) =>
  servicesByGroup(catalog, language, query).flatMap((g) => g.services.map((s) => s.code));

describe('catalog search', () => {
  it('lists every service, grouped in catalog order, when nothing is typed', () => {
    expect(servicesByGroup(catalog, 'en', '  ').map((g) => [g.group, g.services.map((s) => s.code)])).toEqual(
      [
        ['Streets', ['POTHOLE', 'LIGHT']],
        ['Parks and trees', ['TREE', 'GRAFFITI']],
      ],
    );
  });

  it.each([
    ['en', 'pothole', ['POTHOLE']],
    ['en', 'HOLE street', ['POTHOLE']],
    ['en', 'asphalt', ['POTHOLE']],
    ['en', 'streets', ['POTHOLE', 'LIGHT']],
    ['en', 'vandal', ['GRAFFITI']],
    ['es', 'bache', ['POTHOLE']],
    ['es', 'calles', ['POTHOLE', 'LIGHT']],
    ['es', 'arbol caido', ['TREE']],
    ['es', 'ÁRBOL', ['TREE']],
    ['es', 'fallen tree', ['TREE']],
    ['en', 'bache', []],
    ['en', 'swimming pool', []],
  ])('in %s, "%s" finds %j', (language, query, expected) => {
    expect(codes(language, query)).toEqual(expected);
  });

  it('folds case and accents', () => {
    expect(foldText('Árbol Caído')).toBe('arbol caido');
  });

  it("names a service in the visitor's language when translated, else in English with lang en", () => {
    const tree = catalog.services.find((s) => s.code === 'TREE');
    const graffiti = catalog.services.find((s) => s.code === 'GRAFFITI');
    if (!tree || !graffiti) throw new Error('fixture services missing');
    expect(serviceName(tree, 'es')).toEqual({ text: 'Árbol caído', lang: 'es' });
    expect(serviceName(graffiti, 'es')).toEqual({ text: 'Graffiti', lang: 'en' });
  });
});
