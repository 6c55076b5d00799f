// The category screen's search and grouping: a service matches when every word typed appears in its name,
// description, keywords or group, in the visitor's language or in English, ignoring case and accents.
import type { CaseCatalog, CaseService } from '../contracts/caseRequests.js';
import { CATALOG_LANGUAGE, type LocalText, serviceDescription, serviceName } from './catalogText.js';

/** Lower case without accents ("Túnel" → "tunel"), so visitors need not type accents. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A group's name in the language: from any of its services that carries a translation, else English. */
export function groupLabel(catalog: CaseCatalog, group: string, language: string): LocalText {
  for (const service of catalog.services) {
    const own = service.group === group ? service.groupTranslations[language] : undefined;
    if (own) return { text: own, lang: language };
  }
  return { text: group, lang: CATALOG_LANGUAGE };
}

function searchableText(catalog: CaseCatalog, service: CaseService, language: string): string {
  return foldText(
    [
      service.name,
      service.description,
      service.group,
      ...service.keywords,
      serviceName(service, language).text,
      serviceDescription(service, language).text,
      groupLabel(catalog, service.group, language).text,
    ].join(' '),
  );
}

export function serviceMatches(
  catalog: CaseCatalog,
  service: CaseService,
  language: string,
  query: string,
): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchableText(catalog, service, language);
  return words.every((word) => text.includes(word));
}

export interface ServiceGroup {
  /** The group's English name (its key in the catalog). */
  group: string;
  /** The group's name as shown. */
  label: LocalText;
  services: CaseService[];
}

/** The services matching `query`, grouped by `group` in the catalog's order. */
export function servicesByGroup(catalog: CaseCatalog, language: string, query: string): ServiceGroup[] {
  const groups = new Map<string, CaseService[]>();
  for (const service of catalog.services) {
    if (!serviceMatches(catalog, service, language, query)) continue;
    const list = groups.get(service.group) ?? [];
    list.push(service);
    groups.set(service.group, list);
  }
  return [...groups].map(([group, services]) => ({
    group,
    label: groupLabel(catalog, group, language),
    services,
  }));
}
