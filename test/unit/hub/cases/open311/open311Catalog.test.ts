// Discovery answers become the contract's services and definitions: loose about what real servers send, and the
// fake case store's default catalog maps completely.
import { describe, expect, it } from 'vitest';
import { CaseService, ServiceDefinition } from '../../../../../machines/contracts/caseRequests.js';
import {
  definitionOf,
  MalformedAnswer,
  servicesOf,
} from '../../../../../main/hub/cases/open311/open311Catalog.js';
import { defaultFakeCatalog } from '../../../../fakes/fakeCaseStoreData.js';

describe('servicesOf', () => {
  it('maps codes, names, metadata strings, keyword strings and missing groups', () => {
    const services = servicesOf([
      {
        service_code: 1234,
        service_name: 'Cans left out',
        description: null,
        metadata: 'true',
        type: 'Batch',
        keywords: 'trash, cans,,bins',
        group: null,
        extra: { anything: 1 },
      },
      {
        service_code: 'pothole',
        service_name: 'Pothole',
        metadata: false,
        type: 'realtime',
        keywords: ['road'],
      },
    ]);
    expect(services).toEqual([
      {
        code: '1234',
        name: 'Cans left out',
        description: '',
        group: 'Other',
        keywords: ['trash', 'cans', 'bins'],
        type: 'batch',
        hasDefinition: true,
        translations: {},
        groupTranslations: {},
      },
      expect.objectContaining({
        code: 'pothole',
        hasDefinition: false,
        keywords: ['road'],
        type: 'realtime',
      }),
    ]);
  });

  it('leaves out an entry the contract cannot hold, keeping the others', () => {
    const services = servicesOf([
      { service_code: 'has space', service_name: 'Bad code', metadata: false, type: 'realtime' },
      { service_name: 'No code' },
      { service_code: 'ok', service_name: 'Fine', metadata: 'false', type: 'something-new' },
    ]);
    expect(services.map((s) => [s.code, s.type, s.hasDefinition])).toEqual([['ok', 'realtime', false]]);
  });

  it('refuses an answer that is not a list', () => {
    expect(() => servicesOf({ services: [] })).toThrow(MalformedAnswer);
  });
});

describe('definitionOf', () => {
  it('maps attributes with string flags, numeric keys and missing orders, sorted by order', () => {
    const definition = definitionOf('graffiti', {
      service_code: 'graffiti',
      attributes: [
        {
          variable: 'true',
          code: 'SURFACE',
          datatype: 'singlevaluelist',
          required: 'true',
          datatype_description: null,
          order: '2',
          description: 'Surface',
          values: [
            { key: 1, name: 'Wall' },
            { key: '2', name: '' },
          ],
        },
        {
          variable: false,
          code: 'NOTE',
          datatype: 'string',
          required: false,
          order: 1,
          description: 'Read me',
        },
        { code: 'SIZE', datatype: 'Number', required: 'false', description: '' },
      ],
    });
    expect(ServiceDefinition.parse(definition)).toEqual(definition);
    expect(definition.attributes.map((a) => [a.code, a.order, a.variable, a.required, a.datatype])).toEqual([
      ['NOTE', 1, false, false, 'string'],
      ['SURFACE', 2, true, true, 'singlevaluelist'],
      ['SIZE', 2, true, false, 'number'],
    ]);
    expect(definition.attributes[1]!.values).toEqual([
      { key: '1', name: 'Wall', translations: {} },
      { key: '2', name: '2', translations: {} },
    ]);
    expect(definition.attributes[2]!.description).toBe('SIZE');
  });

  it('accepts a definition wrapped in a list and one without attributes', () => {
    expect(definitionOf('x', [{ service_code: 'x', attributes: [] }])).toEqual({
      serviceCode: 'x',
      attributes: [],
    });
    expect(definitionOf('x', { service_code: 'x' })).toEqual({ serviceCode: 'x', attributes: [] });
  });

  it('refuses an answer that is not an object', () => {
    expect(() => definitionOf('x', 'nope')).toThrow(MalformedAnswer);
  });
});

describe("the fake case store's default catalog", () => {
  it('maps every service and every question into the contract', () => {
    const services = servicesOf(JSON.parse(JSON.stringify(defaultFakeCatalog.services)));
    expect(services).toHaveLength(defaultFakeCatalog.services.length);
    for (const service of services) expect(CaseService.parse(service)).toEqual(service);
    expect(services.find((s) => s.code === 'homeless-camp-cleanup')?.type).toBe('batch');
    expect(services.find((s) => s.code === 'general-feedback')?.type).toBe('blackbox');
    const datatypes = new Set<string>();
    for (const service of services.filter((s) => s.hasDefinition)) {
      const wire = defaultFakeCatalog.definitions[service.code]!;
      const definition = definitionOf(service.code, JSON.parse(JSON.stringify(wire)));
      expect(definition.attributes).toHaveLength(wire.attributes.length);
      for (const a of definition.attributes) datatypes.add(a.datatype);
    }
    expect([...datatypes].sort()).toEqual(
      ['datetime', 'multivaluelist', 'number', 'singlevaluelist', 'string', 'text'].sort(),
    );
  });
});
