// The fake case store's default catalog, in GeoReport v2 wire form: thirteen Portland services in groups, with
// realtime, one batch and one blackbox service, and definitions using every datatype, required questions and
// informational (non-variable) lines. The hub's shipped starter catalog uses the same service codes.

export interface FakeAttribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

export interface FakeService {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
}

export interface FakeCatalog {
  services: FakeService[];
  definitions: Record<string, { service_code: string; attributes: FakeAttribute[] }>;
}

const yesNo = [
  { key: 'yes', name: 'Yes' },
  { key: 'no', name: 'No' },
];

function service(
  code: string,
  name: string,
  group: string,
  description: string,
  keywords: string,
  type: FakeService['type'] = 'realtime',
): FakeService {
  const metadata = code in definitions;
  return { service_code: code, service_name: name, description, metadata, type, keywords, group };
}

function ask(
  code: string,
  order: number,
  datatype: FakeAttribute['datatype'],
  description: string,
  required: boolean,
  values?: [string, string][],
): FakeAttribute {
  return {
    variable: true,
    code,
    datatype,
    required,
    datatype_description: null,
    order,
    description,
    ...(values ? { values: values.map(([key, name]) => ({ key, name })) } : {}),
  };
}

function note(code: string, order: number, description: string): FakeAttribute {
  return {
    variable: false,
    code,
    datatype: 'string',
    required: false,
    datatype_description: null,
    order,
    description,
  };
}

const definitions: Record<string, FakeAttribute[]> = {
  pothole: [
    note('highway_note', 1, 'For a pothole on a state highway, call ODOT at 888-275-6368 instead.'),
    ask('road_position', 2, 'singlevaluelist', 'Where in the road is the pothole?', true, [
      ['travel-lane', 'In a travel lane'],
      ['bike-lane', 'In a bike lane'],
      ['crosswalk', 'In a crosswalk'],
      ['shoulder', 'On the shoulder or curb'],
    ]),
    ask('size', 3, 'singlevaluelist', 'About how big is it?', true, [
      ['small', 'Smaller than a dinner plate'],
      ['medium', 'About a car tire'],
      ['large', 'Bigger than a car tire'],
    ]),
    ask('depth_inches', 4, 'number', 'About how deep is it, in inches?', false),
  ],
  'streetlight-out': [
    ask('light_problem', 1, 'singlevaluelist', 'What is wrong with the light?', true, [
      ['out', 'It is out'],
      ['flickering', 'It flickers'],
      ['day-burning', 'It stays on during the day'],
    ]),
    ask('pole_number', 2, 'string', 'The number on the pole, if you can see one', false),
  ],
  'sidewalk-damage': [
    ask('damage_type', 1, 'multivaluelist', 'What is wrong with the sidewalk? Choose all that apply.', true, [
      ['cracked', 'Cracked'],
      ['raised', 'Raised or uneven'],
      ['missing', 'A piece is missing'],
      ['tree-roots', 'Lifted by tree roots'],
    ]),
    { ...ask('trip_hazard', 2, 'singlevaluelist', 'Could someone trip on it?', true), values: yesNo },
  ],
  graffiti: [
    note('owner_note', 1, 'Owners of private property have 10 days to remove graffiti once notified.'),
    ask('surface', 2, 'singlevaluelist', 'What is the graffiti on?', true, [
      ['public', 'Public property (a street sign, a bench, a wall)'],
      ['private', 'A private building or fence'],
      ['utility-box', 'A utility box or pole'],
      ['bridge', 'A bridge or overpass'],
    ]),
    { ...ask('offensive', 3, 'singlevaluelist', 'Is it hateful or offensive?', true), values: yesNo },
  ],
  'abandoned-vehicle': [
    note('time_note', 1, 'A vehicle may stay parked on a city street for up to 24 hours.'),
    ask('first_seen', 2, 'datetime', 'When did you first see the vehicle there?', true),
    ask('license_plate', 3, 'string', 'License plate, if you know it', false),
    ask('vehicle_make', 4, 'string', 'Make and model', false),
    ask('vehicle_color', 5, 'string', 'Color', false),
  ],
  'illegal-dumping': [
    ask('items', 1, 'multivaluelist', 'What was dumped? Choose all that apply.', true, [
      ['furniture', 'Furniture'],
      ['mattress', 'Mattress'],
      ['appliance', 'Appliance'],
      ['tires', 'Tires'],
      ['household-trash', 'Household trash'],
      ['hazardous', 'Paint, oil or chemicals'],
    ]),
    ask('item_count', 2, 'number', 'About how many items?', false),
    note('hazard_note', 3, 'Do not touch containers that may hold chemicals.'),
  ],
  'tree-down': [
    note('power_note', 1, 'If a tree is touching power lines, stay away and call 911.'),
    ask('blocking', 2, 'multivaluelist', 'What is the tree blocking? Choose all that apply.', true, [
      ['street', 'A street'],
      ['sidewalk', 'A sidewalk'],
      ['building', 'A house or building'],
      ['nothing', 'Nothing'],
    ]),
  ],
  'park-maintenance': [
    ask('park_name', 1, 'string', 'Which park?', true),
    ask('park_issue', 2, 'singlevaluelist', 'What needs attention?', true, [
      ['restroom', 'Restroom'],
      ['litter', 'Litter or overflowing cans'],
      ['playground', 'Playground equipment'],
      ['irrigation', 'Sprinklers or water'],
      ['lighting', 'Lighting'],
      ['other', 'Something else'],
    ]),
  ],
  'noise-complaint': [
    ask('noise_source', 1, 'singlevaluelist', 'What is making the noise?', true, [
      ['construction', 'Construction'],
      ['amplified-music', 'Amplified music'],
      ['vehicle', 'A vehicle or engine'],
      ['animal', 'An animal'],
      ['other', 'Something else'],
    ]),
    ask('noise_started', 2, 'datetime', 'When did it start?', false),
    { ...ask('ongoing', 3, 'singlevaluelist', 'Is it still going on?', false), values: yesNo },
  ],
  'water-leak': [
    ask('leak_location', 1, 'singlevaluelist', 'Where is the water coming from?', true, [
      ['street', 'The street'],
      ['sidewalk', 'The sidewalk'],
      ['meter-box', 'A water meter box'],
      ['hydrant', 'A fire hydrant'],
    ]),
  ],
  'homeless-camp-cleanup': [
    note('services_note', 1, 'Outreach workers visit before any cleanup and offer shelter and services.'),
    ask('tent_count', 2, 'number', 'About how many tents or structures?', true),
    { ...ask('blocking_sidewalk', 3, 'singlevaluelist', 'Is the sidewalk blocked?', true), values: yesNo },
    ask('camp_details', 4, 'text', 'Anything else the team should know (no names, please)', false),
  ],
};

const services: FakeService[] = [
  service(
    'pothole',
    'Pothole',
    'Streets and sidewalks',
    'A hole or sunken spot in a street.',
    'road,hole,street',
  ),
  service(
    'streetlight-out',
    'Street light out',
    'Streets and sidewalks',
    'A street light that is out or flickers.',
    'lamp,light,dark',
  ),
  service(
    'sidewalk-damage',
    'Damaged sidewalk',
    'Streets and sidewalks',
    'Cracked, raised or missing sidewalk.',
    'sidewalk,trip,curb',
  ),
  service(
    'graffiti',
    'Graffiti',
    'Graffiti',
    'Paint or tags on public or private property.',
    'paint,tag,vandalism',
  ),
  service(
    'abandoned-vehicle',
    'Abandoned vehicle',
    'Abandoned vehicles',
    'A vehicle left on a street for days.',
    'car,truck,parked,rv',
  ),
  service(
    'illegal-dumping',
    'Illegal dumping',
    'Garbage and dumping',
    'Items dumped on a street or public land.',
    'trash,garbage,mattress,junk',
  ),
  service(
    'tree-down',
    'Tree or large branch down',
    'Parks and trees',
    'A fallen tree or large branch.',
    'tree,branch,storm',
  ),
  service(
    'park-maintenance',
    'Park maintenance',
    'Parks and trees',
    'Something broken or dirty in a park.',
    'park,restroom,playground',
  ),
  service(
    'noise-complaint',
    'Noise',
    'Noise and nuisance',
    'Noise beyond what the city allows.',
    'loud,music,construction',
  ),
  service(
    'water-leak',
    'Water leak',
    'Water and sewer',
    'Water running from a street, sidewalk or hydrant.',
    'water,leak,hydrant,flood',
  ),
  service(
    'sewer-backup',
    'Sewer backup or odor',
    'Water and sewer',
    'Sewage backing up or a sewer smell.',
    'sewer,smell,odor,drain',
  ),
  service(
    'homeless-camp-cleanup',
    'Campsite report',
    'Campsites',
    'A campsite on public property.',
    'camp,tent,campsite',
    'batch',
  ),
  service(
    'general-feedback',
    'Other question or feedback',
    'Other',
    'Anything else for the City.',
    'question,feedback,other',
    'blackbox',
  ),
];

export const defaultFakeCatalog: FakeCatalog = {
  services,
  definitions: Object.fromEntries(
    Object.entries(definitions).map(([code, attributes]) => [code, { service_code: code, attributes }]),
  ),
};
