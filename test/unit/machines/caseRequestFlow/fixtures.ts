// Test data for the kiosk request flow: a small catalog with every question datatype, informational lines,
// a service with no questions, Spanish translations, and what the agent answers for a saved request.

import { localReferenceOf } from '../../../../machines/caseRequests/localReference.js';
import {
  type CaseCatalog,
  CaseCatalog as CaseCatalogSchema,
} from '../../../../machines/contracts/caseRequests.js';
import type { SubmitRequestInput, SubmitRequestResult } from '../../../../machines/contracts/kioskApi.js';

export function testCatalog(): CaseCatalog {
  return CaseCatalogSchema.parse({
    source: 'cache',
    fetchedAt: '2026-03-09T16:00:00.000Z',
    services: [
      {
        code: 'POTHOLE',
        name: 'Pothole',
        description: 'A hole in the street',
        group: 'Streets',
        keywords: ['road', 'asphalt'],
        type: 'realtime',
        hasDefinition: true,
        translations: { es: { name: 'Bache', description: 'Un hoyo en la calle' } },
        groupTranslations: { es: 'Calles' },
      },
      {
        code: 'LIGHT',
        name: 'Streetlight out',
        description: 'A street light that does not work',
        group: 'Streets',
        type: 'batch',
        hasDefinition: true,
      },
      {
        code: 'TREE',
        name: 'Fallen tree',
        group: 'Parks and trees',
        type: 'realtime',
        hasDefinition: false,
        translations: { es: { name: 'Árbol caído' } },
      },
      {
        code: 'GRAFFITI',
        name: 'Graffiti',
        group: 'Parks and trees',
        keywords: ['vandalism', 'paint'],
        type: 'blackbox',
        hasDefinition: false,
      },
    ],
    definitions: {
      POTHOLE: {
        serviceCode: 'POTHOLE',
        attributes: [
          {
            code: 'depth',
            variable: true,
            datatype: 'number',
            required: false,
            description: 'How deep is it, in inches?',
            order: 3,
          },
          {
            code: 'size',
            variable: true,
            datatype: 'singlevaluelist',
            required: true,
            description: 'How big is it?',
            order: 2,
            values: [
              {
                key: 'small',
                name: 'Smaller than a plate',
                translations: { es: 'Más pequeño que un plato' },
              },
              { key: 'large', name: 'Larger than a plate' },
            ],
            translations: { es: { description: '¿Qué tamaño tiene?' } },
          },
          {
            code: 'intro',
            variable: false,
            datatype: 'string',
            required: false,
            description: 'Crews usually fix potholes within two weeks.',
            order: 1,
          },
          {
            code: 'lanes',
            variable: true,
            datatype: 'multivaluelist',
            required: false,
            description: 'Which lanes does it block?',
            order: 4,
            values: [
              { key: 'car', name: 'Car lane' },
              { key: 'bike', name: 'Bike lane' },
            ],
          },
          {
            code: 'seen',
            variable: true,
            datatype: 'datetime',
            required: true,
            description: 'When did you first see it?',
            order: 5,
          },
          {
            code: 'emergency',
            variable: false,
            datatype: 'string',
            required: false,
            description: 'If someone is hurt, call 911.',
            order: 6,
          },
        ],
      },
      LIGHT: {
        serviceCode: 'LIGHT',
        attributes: [
          {
            code: 'pole',
            variable: true,
            datatype: 'string',
            required: false,
            description: 'The number on the pole, if you saw it',
            order: 1,
          },
          {
            code: 'details',
            variable: true,
            datatype: 'text',
            required: true,
            description: 'What is wrong with the light?',
            order: 2,
          },
        ],
      },
    },
  });
}

/** What the agent answers for a request it saved (or printed), built from the request like the hub would. */
export function submitResultFor(input: SubmitRequestInput, change: Partial<SubmitRequestResult> = {}) {
  return {
    receipt: {
      requestId: input.requestId,
      localReference: localReferenceOf(input.requestId),
      statusToken: 'tok_abcdefghijklmnopqrstuv',
      statusUrl: 'http://127.0.0.1:8080/request/tok_abcdefghijklmnopqrstuv',
      state: 'queued',
      caseId: null,
    },
    print: { ok: true },
    offline: false,
    ...change,
  } satisfies SubmitRequestResult;
}
