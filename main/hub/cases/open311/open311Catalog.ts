// Turns GeoReport `services.json` and `services/{code}.json` answers into the contract's CaseService and
// ServiceDefinition: loose about extra fields, "true"/"false" strings and numeric ids; an entry the contract
// cannot hold (a code with spaces, say) is left out rather than failing the whole catalog.
import { z } from 'zod';
import {
  AttributeDatatype,
  CaseAttribute,
  CaseService,
  CaseServiceType,
  ServiceDefinition,
} from '../../../../machines/contracts/caseRequests.js';
import { idText } from './tolerantJson.js';

const Id = z.union([z.string(), z.number()]).transform((value) => idText(value) ?? '');
const Flag = z.preprocess((value) => {
  if (typeof value === 'string') return value.trim().toLowerCase() === 'true';
  return value ?? false;
}, z.boolean());
const Text = z.union([z.string(), z.number()]).transform(String).nullish();

const WireService = z.looseObject({
  service_code: Id,
  service_name: z.string(),
  description: Text,
  metadata: Flag,
  type: Text,
  keywords: z.union([z.string(), z.array(z.string())]).nullish(),
  group: Text,
});

const WireAttribute = z.looseObject({
  variable: Flag.optional(),
  code: Id,
  datatype: z.string().nullish(),
  required: Flag,
  datatype_description: Text,
  order: z.coerce.number().nullish(),
  description: Text,
  values: z.array(z.looseObject({ key: Id, name: Text })).nullish(),
});

const WireDefinition = z.looseObject({ attributes: z.array(z.unknown()).nullish() });

export class MalformedAnswer extends Error {
  override name = 'MalformedAnswer';
}

function clip(text: string | null | undefined, max: number): string {
  return (text ?? '').trim().slice(0, max);
}

function keywordsOf(keywords: string | string[] | null | undefined): string[] {
  const list = typeof keywords === 'string' ? keywords.split(',') : (keywords ?? []);
  return list
    .map((k) => clip(k, 100))
    .filter((k) => k !== '')
    .slice(0, 50);
}

function serviceOf(entry: unknown): CaseService | null {
  const wire = WireService.safeParse(entry);
  if (!wire.success) return null;
  const s = wire.data;
  const type = CaseServiceType.safeParse(clip(s.type, 20).toLowerCase());
  const service = CaseService.safeParse({
    code: s.service_code,
    name: clip(s.service_name, 200),
    description: clip(s.description, 2000),
    group: clip(s.group, 100) || 'Other',
    keywords: keywordsOf(s.keywords),
    type: type.success ? type.data : 'realtime',
    hasDefinition: s.metadata,
  });
  return service.success ? service.data : null;
}

/** The services a `services.json` answer lists; throws MalformedAnswer when it is not a list. */
export function servicesOf(body: unknown): CaseService[] {
  if (!Array.isArray(body)) throw new MalformedAnswer('the service list is not a JSON array');
  return body.map(serviceOf).filter((s): s is CaseService => s !== null);
}

function attributeOf(entry: unknown, index: number): CaseAttribute | null {
  const wire = WireAttribute.safeParse(entry);
  if (!wire.success) return null;
  const a = wire.data;
  const datatype = AttributeDatatype.safeParse(clip(a.datatype, 30).toLowerCase());
  const attribute = CaseAttribute.safeParse({
    code: a.code,
    variable: a.variable ?? true,
    datatype: datatype.success ? datatype.data : 'string',
    required: a.required,
    description: clip(a.description, 1000) || a.code,
    datatypeDescription: clip(a.datatype_description, 500),
    order: Number.isFinite(a.order) ? Math.trunc(a.order as number) : index,
    values: (a.values ?? [])
      .filter((v) => v.key !== '')
      .map((v) => ({ key: v.key.slice(0, 100), name: clip(v.name, 200) || v.key.slice(0, 200) })),
  });
  return attribute.success ? attribute.data : null;
}

/** The definition a `services/{code}.json` answer gives; throws MalformedAnswer when it is not one. */
export function definitionOf(serviceCode: string, body: unknown): ServiceDefinition {
  const wire = WireDefinition.safeParse(Array.isArray(body) ? body[0] : body);
  if (!wire.success) throw new MalformedAnswer('the service definition is not a JSON object');
  const attributes = (wire.data.attributes ?? [])
    .map(attributeOf)
    .filter((a): a is CaseAttribute => a !== null)
    .sort((a, b) => a.order - b.order)
    .slice(0, 100);
  return ServiceDefinition.parse({ serviceCode, attributes });
}
