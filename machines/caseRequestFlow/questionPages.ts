// A service's questions as screens: one page per variable attribute (in `order`), with the informational
// (non-variable) attributes before it shown as notes on it; trailing notes get a "Please note" page of their own.
import type { CaseAttribute, CaseCatalog } from '../contracts/caseRequests.js';

export interface QuestionPage {
  /** The question asked; null on a "Please note" page (only notes after the last question). */
  attribute: CaseAttribute | null;
  /** Informational lines shown on this page, before the question. */
  notes: CaseAttribute[];
}

/** The service's attributes in `order` (none when it has no definition or the catalog lacks one). */
export function attributesOf(catalog: CaseCatalog | null, serviceCode: string | null): CaseAttribute[] {
  if (catalog === null || serviceCode === null) return [];
  const attributes = catalog.definitions[serviceCode]?.attributes ?? [];
  return [...attributes].sort((a, b) => a.order - b.order);
}

/** The questions the visitor answers (variable attributes), in order. */
export function questionsOf(catalog: CaseCatalog | null, serviceCode: string | null): CaseAttribute[] {
  return attributesOf(catalog, serviceCode).filter((a) => a.variable);
}

export function questionPages(catalog: CaseCatalog | null, serviceCode: string | null): QuestionPage[] {
  const pages: QuestionPage[] = [];
  let notes: CaseAttribute[] = [];
  for (const attribute of attributesOf(catalog, serviceCode)) {
    if (attribute.variable) {
      pages.push({ attribute, notes });
      notes = [];
    } else {
      notes.push(attribute);
    }
  }
  if (notes.length > 0) pages.push({ attribute: null, notes });
  return pages;
}

/** The page that asks the question with this attribute code, or null. */
export function pageOfQuestion(
  catalog: CaseCatalog | null,
  serviceCode: string | null,
  code: string,
): number | null {
  const index = questionPages(catalog, serviceCode).findIndex((p) => p.attribute?.code === code);
  return index < 0 ? null : index;
}
