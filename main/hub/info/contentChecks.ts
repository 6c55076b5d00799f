// Rules content must meet beyond its schema: every "Talk to someone" service exists at this site, and no topic's
// revision goes back (translations compare their `basedOn` with it to know whether they are out of date).
import type { InfoContentBody, SiteConfig } from '../../../machines/contracts/index.js';

export interface ContentProblem {
  /** Where in the content, e.g. "topics.2.deskServiceId". */
  path: string;
  /** A plain sentence saying what is wrong and what to do. */
  message: string;
}

/** The first topic that names a service this site does not have, or null. */
export function unknownDeskService(content: InfoContentBody, config: SiteConfig): ContentProblem | null {
  const services = config.services.map((s) => s.id);
  const index = content.topics.findIndex(
    (t) => t.deskServiceId !== null && !services.includes(t.deskServiceId),
  );
  if (index < 0) return null;
  const topic = content.topics[index]!;
  return {
    path: `topics.${index}.deskServiceId`,
    message:
      `Topic "${topic.id}" sends visitors to the service "${topic.deskServiceId}", which this site does not ` +
      `have: choose one of ${services.join(', ')}, or none for the information desk.`,
  };
}

/** The first topic whose revision is below its revision in `current` (version `currentVersion`), or null. */
export function loweredRevision(
  next: InfoContentBody,
  current: InfoContentBody,
  currentVersion: number,
): ContentProblem | null {
  const revisions = new Map(current.topics.map((t) => [t.id, t.revision]));
  const index = next.topics.findIndex((t) => t.revision < (revisions.get(t.id) ?? 0));
  if (index < 0) return null;
  const topic = next.topics[index]!;
  const before = revisions.get(topic.id)!;
  return {
    path: `topics.${index}.revision`,
    message:
      `Topic "${topic.id}" has revision ${topic.revision}, below its revision ${before} in version ` +
      `${currentVersion}: keep it at ${before} or higher.`,
  };
}
