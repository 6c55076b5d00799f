// Checks a request's content against its service definition: required questions answered, numbers, dates and
// list choices well formed, no unknown questions. One pure function serves the kiosk flow, the desk form and the
// hub's boundary, so all three agree on what is acceptable; each problem names its field for the screen.
import type {
  AttributeAnswers,
  CaseAttribute,
  CaseCatalog,
  FieldProblem,
  RequestLocation,
} from '../contracts/caseRequests.js';

export interface RequestContent {
  serviceCode: string;
  answers: AttributeAnswers;
  location: RequestLocation;
  description: string;
}

const isBlank = (value: string | string[] | undefined) =>
  value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');

/** The problem with one answer, or null when it is acceptable (a blank optional answer is acceptable). */
export function answerProblem(
  attribute: CaseAttribute,
  value: string | string[] | undefined,
): FieldProblem['problem'] | null {
  if (isBlank(value)) return attribute.required ? 'required' : null;
  const keys = new Set(attribute.values.map((v) => v.key));
  switch (attribute.datatype) {
    case 'multivaluelist':
      if (!Array.isArray(value)) return 'not-an-option';
      return value.every((v) => keys.has(v)) ? null : 'not-an-option';
    case 'singlevaluelist':
      return typeof value === 'string' && keys.has(value) ? null : 'not-an-option';
    case 'number':
      return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? null : 'not-a-number';
    case 'datetime':
      return typeof value === 'string' && isDateOrDateTime(value.trim()) ? null : 'not-a-date';
    case 'string':
      return typeof value === 'string' ? (value.length > 200 ? 'too-long' : null) : 'invalid';
    case 'text':
      return typeof value === 'string' ? null : 'invalid';
  }
}

function isDateOrDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Every problem with the request's content against the catalog; an empty list means it can be sent. */
export function validateRequest(catalog: CaseCatalog, content: RequestContent): FieldProblem[] {
  const service = catalog.services.find((s) => s.code === content.serviceCode);
  if (!service) return [{ field: 'serviceCode', problem: 'unknown-service' }];
  const attributes = (catalog.definitions[service.code]?.attributes ?? []).filter((a) => a.variable);
  const problems: FieldProblem[] = [];
  for (const attribute of attributes) {
    const problem = answerProblem(attribute, content.answers[attribute.code]);
    if (problem) problems.push({ field: `answers.${attribute.code}`, problem });
  }
  const known = new Set(attributes.map((a) => a.code));
  for (const code of Object.keys(content.answers)) {
    if (!known.has(code)) problems.push({ field: `answers.${code}`, problem: 'unknown-question' });
  }
  return problems;
}
