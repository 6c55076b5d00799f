// Information through a kiosk agent on a real hub (in this process, over real HTTP): a referral slip printed on
// a network printer (the virtual ESC/POS printer) decodes to the topic's title, phone and a QR code of its web
// page; a visit recorded while the hub cannot be reached is kept, handed over when it answers again, and counted
// once in the hub's figures even though the hub had it already.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHubClient,
  type FetchLike,
  type InfoVisit,
  InfoVisitReport,
} from '../../../machines/contracts/index.js';
import { createDeviceCredential } from '../../../main/agent/deviceCredential.js';
import { fetchWithTimeout } from '../../../main/agent/kioskAgent.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { startTestHub, type TestHub } from '../hub/support/testHub.js';

const catalogs = loadCatalogs();

describe('information through a kiosk agent', () => {
  let hub: TestHub;
  let printer: VirtualPrinter;
  let dataDir: string;
  let kiosk: KioskService;
  /** While true, the kiosk's requests fail as if the network to the hub were cut. */
  let cut: boolean;

  beforeEach(async () => {
    hub = await startTestHub();
    const hubUrl = await hub.app.listen({ port: 0, host: '127.0.0.1' });
    printer = await startVirtualPrinter();
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-info-agent-'));
    cut = false;
    const { code } = hub.auth.devices.createEnrolmentCode({ role: 'kiosk', name: 'Lobby kiosk 1' }, 'test');
    const { device, token } = hub.auth.devices.enrol(code);
    const credential = createDeviceCredential({ deviceId: device.id, token }, device.id);
    const network = fetchWithTimeout(2_000);
    const fetchFn: FetchLike = (url, init) =>
      cut
        ? Promise.reject(new TypeError('fetch failed', { cause: new Error('ENETUNREACH') }))
        : network(url, init);
    kiosk = createKioskService({
      hub: createHubClient(hubUrl, fetchFn, { headers: credential.headers }),
      printer: openPrinter(printer.url),
      catalogs,
      credential,
      now: hub.clock.now,
      offline: { dataDir, handOverIntervalMs: null, caseHandOverIntervalMs: null },
      information: { visitHandOverIntervalMs: null },
    });
  });
  afterEach(async () => {
    await kiosk.close();
    await printer.close();
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints a referral slip with the title, the phone and a QR code of the web page', async () => {
    const content = await kiosk.getInfoContent({});
    const topic = content.topics.find((t) => t.phone && t.webUrl && t.texts.es);
    if (!topic) throw new Error('the hub serves no Spanish topic with a phone and a web address');
    const printing = printer.nextJob();
    expect(
      await kiosk.printReferral({ topicId: topic.id, language: 'es', contentVersion: content.version }),
    ).toEqual({ ok: true });
    const job = await printing;
    const text = job.receipt.lines
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain(topic.texts.es!.title);
    expect(text).toContain(`Teléfono: ${topic.phone}`);
    expect(job.receipt.qrCodes).toEqual([topic.webUrl]);
  });

  it('hands a visit kept while the hub was away over once it answers; the figures count it once', async () => {
    const content = await kiosk.getInfoContent({});
    const [first, second] = content.topics;
    if (!first || !second) throw new Error('the hub serves fewer than two topics');
    const visit = (topicId: string): InfoVisit => ({
      id: crypto.randomUUID(),
      at: new Date(hub.clock.now().getTime() - 60_000).toISOString(),
      language: 'es',
      contentVersion: content.version,
      topicIds: [topicId],
      printedTopicIds: [],
      ticketTopicId: null,
    });
    const online = visit(first.id);
    expect(await kiosk.recordInfoVisit(online)).toEqual({ storedBy: 'hub' });

    cut = true;
    const away = visit(second.id);
    expect(await kiosk.recordInfoVisit(away)).toEqual({ storedBy: 'kiosk' });
    // The hub already has this one (its answer was lost, say): sent again, it must still count once.
    expect(await kiosk.recordInfoVisit(online)).toEqual({ storedBy: 'kiosk' });
    expect((await kiosk.getStatus({})).hub).toBe('offline');

    cut = false;
    const figures = async () => {
      const res = await hub.get('/api/reports/information?from=2026-11-26&to=2026-11-26', 'supervisor');
      expect(res.statusCode, res.body).toBe(200);
      return InfoVisitReport.parse(res.json());
    };
    await kiosk.getInfoContent({});
    await expect.poll(async () => (await figures()).visits).toBe(2);
    const report = await figures();
    expect(report.byLanguage).toContainEqual({ language: 'es', visits: 2, printed: 0, tickets: 0 });
    expect(report.byTopic.filter((t) => t.topicId === second.id)).toEqual([
      { topicId: second.id, language: 'es', views: 1, printed: 0, tickets: 0 },
    ]);
  });
});
