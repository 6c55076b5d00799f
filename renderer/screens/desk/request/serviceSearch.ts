// Finding a case store service by typing: every word typed must start a word of the service's name, group,
// keywords or code, or (from four letters) appear inside one; accents and case are ignored. So "pot" finds
// Pothole and "street light" finds Streetlight out.
import type { CaseService } from '../../../../machines/contracts/caseRequests.js';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const wordsOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The services matching `query` (all of them for a blank query), in catalog order. */
export function filterServices(services: readonly CaseService[], query: string): CaseService[] {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return [...services];
  return services.filter((service) => {
    const words = [service.name, service.group, service.code, ...service.keywords].flatMap(wordsOf);
    return wanted.every((w) =>
      words.some((word) => word.startsWith(w) || (w.length >= 4 && word.includes(w))),
    );
  });
}

/** Services by group, groups in the order they first appear. */
export function groupServices(services: readonly CaseService[]): [string, CaseService[]][] {
  const groups = new Map<string, CaseService[]>();
  for (const service of services) {
    const list = groups.get(service.group) ?? [];
    list.push(service);
    groups.set(service.group, list);
  }
  return [...groups];
}
