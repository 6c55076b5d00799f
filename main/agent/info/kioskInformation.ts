// The kiosk bridge's information part: the topics (the hub's published version, else the kiosk's copy, else
// the shipped starter set), referral slips printed through the kiosk's watched printer (a few in a burst, then
// one every few seconds), and anonymous information visits given to the hub or kept for the hand-over.
import type {
  HubClient,
  InfoContent,
  InfoVisit,
  PrintOutcome,
  PrintReferralInput,
  RecordInfoVisitResult,
  SiteConfig,
} from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import type { PaperProfile } from '../../../printers/layoutLines.js';
import type { Printer } from '../../../printers/printer.js';
import { encodeReferralSlip } from '../../../printers/referralSlipLayout.js';
import { KioskRefusal } from '../apiErrors.js';
import type { DeviceCredential } from '../deviceCredential.js';
import { refusedByHub } from '../kioskRefusals.js';
import type { ConnectivityTracker } from '../offline/connectivity.js';
import { createTokenBucket } from '../tokenBucket.js';
import { createInfoContentCache } from './infoContentCache.js';
import { type InfoVisitHandOver, keepsVisit, startInfoVisitHandOver } from './infoVisitHandOver.js';
import { type InfoVisitLog, openInfoVisitLog } from './infoVisitLog.js';
import { buildReferralSlipPrintData } from './referralSlip.js';

export interface InformationOptions {
  /** Time between hand-over rounds of kept visits (default 10 s; null: only at start and reconnect). */
  visitHandOverIntervalMs?: number | null;
  /** Most visits kept while the hub is away (default 10,000). */
  visitCapacity?: number;
  /** Slips printed in a burst, then one per `refillMs` (default 5, then one every 4 s). */
  referralLimit?: { capacity: number; refillMs: number };
}

export interface KioskInformationDeps extends InformationOptions {
  /** The tracked hub client. */
  hub: HubClient;
  /** The agent's data folder; null: no saved copy of the topics and no kept visits. */
  dataDir: string | null;
  /** Tells the hand-over when the hub answers again (absent: the interval only). */
  tracker: ConnectivityTracker | null;
  site: () => Promise<SiteConfig>;
  printer: Printer;
  /** Sends one job through the watched printer (see ticketPrinting.ts). */
  print: (bytes: Uint8Array) => Promise<PrintOutcome>;
  paper: PaperProfile;
  catalogs: Catalogs;
  credential: DeviceCredential;
  now: () => Date;
  log?: (line: string) => void;
  fsync?: (fd: number) => void;
}

export interface KioskInformation {
  getInfoContent(): Promise<InfoContent>;
  printReferral(input: PrintReferralInput): Promise<PrintOutcome>;
  recordInfoVisit(visit: InfoVisit): Promise<RecordInfoVisitResult>;
  close(): Promise<void>;
}

const topicGone = (): KioskRefusal =>
  new KioskRefusal(
    404,
    'not-found',
    'This information has changed since it was shown. Please open the topic again to print it.',
  );

const visitsFull = (): KioskRefusal =>
  new KioskRefusal(503, 'unavailable', 'This kiosk cannot keep more visit records until the hub answers.');

export function createKioskInformation(deps: KioskInformationDeps): KioskInformation {
  const content = createInfoContentCache({
    hub: deps.hub,
    dataDir: deps.dataDir,
    ...(deps.fsync ? { fsync: deps.fsync } : {}),
  });
  const limit = deps.referralLimit ?? { capacity: 5, refillMs: 4_000 };
  const slips = createTokenBucket(limit.capacity, limit.refillMs, () => deps.now().getTime());
  const visits: InfoVisitLog | null =
    deps.dataDir === null
      ? null
      : openInfoVisitLog(deps.dataDir, {
          ...(deps.visitCapacity === undefined ? {} : { capacity: deps.visitCapacity }),
          ...(deps.log ? { log: deps.log } : {}),
          ...(deps.fsync ? { fsync: deps.fsync } : {}),
        });
  const handOver: InfoVisitHandOver | null = visits
    ? startInfoVisitHandOver({
        hub: deps.hub,
        log: visits,
        ...(deps.visitHandOverIntervalMs === undefined ? {} : { intervalMs: deps.visitHandOverIntervalMs }),
        ...(deps.log ? { logLine: deps.log } : {}),
      })
    : null;
  const stopWatching = deps.tracker?.onChange((online) => {
    if (online) void handOver?.kick();
  });
  if (visits && visits.pending().length > 0) void handOver?.kick();

  /** The content of `version`: the one known, else the hub's (asked once). */
  async function contentOf(version: number): Promise<InfoContent> {
    const known = content.known();
    if (known.version === version) return known;
    const fresh = await content.fetch();
    if (fresh.version !== version) throw topicGone();
    return fresh;
  }

  return {
    async getInfoContent() {
      try {
        return await content.fetch();
      } catch (err) {
        if (deps.credential.noteFailure(err)) throw refusedByHub();
        throw err;
      }
    },

    async printReferral({ topicId, language, contentVersion }) {
      const topic = (await contentOf(contentVersion)).topics.find((t) => t.id === topicId);
      if (!topic) throw topicGone();
      if (deps.printer.state() === 'none') return { ok: false, reason: 'no-printer' };
      if (!slips.take()) {
        const seconds = Math.ceil(slips.waitMs() / 1000);
        throw new KioskRefusal(
          429,
          'rate-limited',
          `Too many slips in a short time. Try again in ${seconds} s.`,
        );
      }
      let bytes: Uint8Array;
      try {
        const data = buildReferralSlipPrintData({
          site: await deps.site(),
          topic,
          language,
          catalogs: deps.catalogs,
        });
        bytes = encodeReferralSlip(data, deps.paper);
      } catch {
        return { ok: false, reason: 'printer-error' };
      }
      return deps.print(bytes);
    },

    async recordInfoVisit(visit) {
      if (visits?.pending().some((v) => v.id === visit.id)) return { storedBy: 'kiosk' };
      try {
        await deps.hub.call('recordInfoVisit', { body: visit });
        deps.credential.noteAccepted();
        return { storedBy: 'hub' };
      } catch (err) {
        deps.credential.noteFailure(err);
        if (!visits || !keepsVisit(err)) throw err;
      }
      if (visits.add(visit) === 'full') throw visitsFull();
      return { storedBy: 'kiosk' };
    },

    async close() {
      stopWatching?.();
      await handOver?.stop();
    },
  };
}
