// A small case catalog for the desk's request form and the review list: a pothole with a question of each
// datatype, a service without questions, and a batch service in another group.
import { CaseCatalog } from '../../../../../machines/contracts/caseRequests.js';

export const catalog: CaseCatalog = CaseCatalog.parse({
  source: 'case-store',
  fetchedAt: '2026-11-26T16:00:00.000Z',
  services: [
    {
      code: 'pothole',
      name: 'Pothole',
      group: 'Streets',
      keywords: ['road', 'hole'],
      type: 'realtime',
      hasDefinition: true,
    },
    {
      code: 'streetlight-out',
      name: 'Streetlight out',
      group: 'Streets',
      keywords: ['lamp'],
      type: 'realtime',
      hasDefinition: false,
    },
    {
      code: 'homeless-camp-cleanup',
      name: 'Campsite cleanup',
      group: 'Parks and public spaces',
      keywords: ['camp', 'tent'],
      type: 'batch',
      hasDefinition: false,
    },
  ],
  definitions: {
    pothole: {
      serviceCode: 'pothole',
      attributes: [
        {
          code: 'note',
          variable: false,
          datatype: 'string',
          required: false,
          description: 'Crews fix most within 7 days.',
          order: 0,
        },
        {
          code: 'size',
          variable: true,
          datatype: 'singlevaluelist',
          required: true,
          description: 'How big is it?',
          order: 2,
          values: [
            { key: 'small', name: 'Smaller than a plate' },
            { key: 'large', name: 'Larger than a plate' },
          ],
        },
        {
          code: 'depth',
          variable: true,
          datatype: 'number',
          required: false,
          description: 'Depth in inches',
          order: 3,
        },
        {
          code: 'seen',
          variable: true,
          datatype: 'datetime',
          required: false,
          description: 'When did you see it?',
          order: 4,
        },
        {
          code: 'hazards',
          variable: true,
          datatype: 'multivaluelist',
          required: false,
          description: 'Anything else there?',
          order: 5,
          values: [
            { key: 'water', name: 'Standing water' },
            { key: 'debris', name: 'Debris' },
          ],
        },
        {
          code: 'lane',
          variable: true,
          datatype: 'string',
          required: true,
          description: 'Which lane?',
          order: 1,
          datatypeDescription: 'For example: northbound right lane',
        },
        {
          code: 'more',
          variable: true,
          datatype: 'text',
          required: false,
          description: 'Anything else the crew should know?',
          order: 6,
        },
      ],
    },
  },
});
