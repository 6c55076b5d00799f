// The information topics and visit figures as the routes use them: the current content (starter set until the
// first publish), the version history, publishing and undo with a conflict check, and anonymous visits.
import type {
  InfoContent,
  InfoContentBody,
  InfoReportQuery,
  InfoVersionList,
  InfoVersionSummary,
  InfoVisit,
  InfoVisitReport,
  InfoVisitResult,
  PublishInfoBody,
  RestoreInfoBody,
  SiteConfig,
} from '../../../machines/contracts/index.js';
import { serviceDayOf } from '../../../machines/time/serviceDay.js';
import { QueueError } from '../queue/queueError.js';
import { daysBetween } from '../queue/serviceDays.js';
import { type ContentProblem, loweredRevision, unknownDeskService } from './contentChecks.js';
import type { InfoVersionStore, InfoVisitStore, StoredInfoVersion } from './infoStore.js';
import { computeInfoVisitReport } from './infoVisitReport.js';

/** The longest report range, in days counted inclusively (a leap year). */
export const maxInfoReportDays = 366;

export interface InfoServiceDeps {
  versions: InfoVersionStore;
  visits: InfoVisitStore;
  /** The shipped starter set: version 0. */
  starter: InfoContentBody;
  config: SiteConfig;
  now: () => Date;
}

export interface InfoService {
  current(): InfoContent;
  history(): InfoVersionList;
  /** One version in full (0: the starter set); not-found when there is no such version. */
  version(version: number): InfoContent;
  publish(body: PublishInfoBody, by: string): InfoVersionSummary;
  /** Undo: publishes the content of `version` again as a new version. */
  restore(version: number, body: RestoreInfoBody, by: string): InfoVersionSummary;
  recordVisit(visit: InfoVisit): InfoVisitResult;
  report(query: InfoReportQuery): InfoVisitReport;
}

const summaryOf = (entry: StoredInfoVersion): InfoVersionSummary => ({
  version: entry.version,
  publishedAt: entry.publishedAt,
  publishedBy: entry.publishedBy,
  note: entry.note,
  topicCount: entry.content.topics.length,
  restoredFrom: entry.restoredFrom,
});

function refuse(problem: ContentProblem | null): void {
  if (problem) throw new QueueError('invalid-request', problem.message);
}

function requireBase(baseVersion: number, latest: number): void {
  if (baseVersion === latest) return;
  throw new QueueError(
    'conflict',
    baseVersion < latest
      ? `Version ${latest} was published meanwhile; reload to see it, then make your changes again.`
      : `Version ${baseVersion} was never published here (the current one is ${latest}); reload, then make your changes again.`,
  );
}

export function createInfoService(deps: InfoServiceDeps): InfoService {
  const { versions, visits, starter, config, now } = deps;
  const starterContent: InfoContent = { version: 0, publishedAt: null, publishedBy: null, ...starter };
  let cached = starterContent;

  const contentOf = (version: number): InfoContent => {
    if (version === 0) return starterContent;
    const entry = versions.get(version);
    if (!entry) {
      throw new QueueError(
        'not-found',
        `There is no version ${version} of the information topics: the newest is ${versions.latest()}.`,
      );
    }
    return { version, publishedAt: entry.publishedAt, publishedBy: entry.publishedBy, ...entry.content };
  };
  const bodyOf = ({ groups, topics }: InfoContent): InfoContentBody => ({ groups, topics });

  return {
    current() {
      const latest = versions.latest();
      if (cached.version !== latest) cached = contentOf(latest);
      return cached;
    },
    history: () => ({ current: versions.latest(), versions: versions.list() }),
    version: contentOf,
    publish(body, by) {
      const entry = versions.appendNext((latest) => {
        requireBase(body.baseVersion, latest);
        refuse(unknownDeskService(body.content, config));
        refuse(loweredRevision(body.content, bodyOf(contentOf(latest)), latest));
        return {
          content: body.content,
          publishedAt: now().toISOString(),
          publishedBy: by,
          note: body.note,
          restoredFrom: null,
        };
      });
      return summaryOf(entry);
    },
    restore(version, body, by) {
      const content = bodyOf(contentOf(version));
      const entry = versions.appendNext((latest) => {
        requireBase(body.baseVersion, latest);
        refuse(unknownDeskService(content, config));
        return {
          content,
          publishedAt: now().toISOString(),
          publishedBy: by,
          note: `Restored version ${version}`,
          restoredFrom: version,
        };
      });
      return summaryOf(entry);
    },
    recordVisit(visit) {
      return { recorded: visits.record(visit, serviceDayOf(new Date(visit.at), config.site.timeZone)) };
    },
    report({ from, to }) {
      const days = daysBetween(from, to) + 1;
      if (days < 1 || days > maxInfoReportDays) {
        throw new QueueError(
          'invalid-request',
          `Choose a range of at most ${maxInfoReportDays} days with "from" on or before "to".`,
        );
      }
      return computeInfoVisitReport(from, to, visits.ofDates(from, to));
    },
  };
}
