// What the request form says about a field and its problem: the field's name (a question's own words from the
// catalog) and a sentence saying what to do, as the error summary and the line above the field show them.
import type { CaseCatalog, FieldProblem } from '../../../../machines/contracts/caseRequests.js';
import { t } from '../deskText.js';

/** The name staff know a field by: "Service", a question's text, "Address", "Email" … */
export function fieldLabel(catalog: CaseCatalog | null, serviceCode: string, field: string): string {
  if (field === 'serviceCode') return t('request.service');
  if (field === 'location') return t('request.address');
  if (field === 'description') return t('request.description');
  if (field.startsWith('contact.')) return t(`request.contact.${field.slice('contact.'.length)}`);
  if (field.startsWith('answers.')) {
    const code = field.slice('answers.'.length);
    const question = catalog?.definitions[serviceCode]?.attributes.find((a) => a.code === code);
    return question?.description ?? code;
  }
  return field;
}

/** One sentence for a problem: what is wrong with the field and what to do. */
export function problemText(problem: FieldProblem, label: string): string {
  if (problem.field === 'serviceCode') return t(`request.problem.service.${problem.problem}`);
  if (problem.field === 'location') return t(`request.problem.location.${problem.problem}`);
  if (problem.field.startsWith('contact.') && problem.problem === 'invalid') {
    return t(`request.problem.${problem.field}`);
  }
  return t(`request.problem.${problem.problem}`, { field: label });
}
