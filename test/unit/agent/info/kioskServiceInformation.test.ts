// Information through the kiosk service: referral slips printed in the visitor's language (title, phone and a
// QR code of the web address) for the content version the visitor saw, and anonymous visits given to the hub,
// or kept on the kiosk and handed over once the hub answers again (a refused one dropped and counted).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeviceCredential } from '../../../../main/agent/deviceCredential.js';
import { dispatchKioskCall } from '../../../../main/agent/dispatchKioskCall.js';
import { infoVisitLogFile } from '../../../../main/agent/info/infoVisitLog.js';
import type { InformationOptions } from '../../../../main/agent/info/kioskInformation.js';
import { createKioskService, type KioskService } from '../../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { openPrinter } from '../../../../printers/printer.js';
import { decodeEscPos } from '../../../fakes/escposDecoder.js';
import { infoVisit } from './infoVisit.js';
import { publishedStarter, type ScriptedInfoHub, startScriptedInfoHub } from './scriptedInfoHub.js';

const catalogs = loadCatalogs();

describe('information in the kiosk service', () => {
  let dir: string;
  let hub: ScriptedInfoHub;
  let service: KioskService;
  const out = () => join(dir, 'slips.bin');
  const printed = () => decodeEscPos(new Uint8Array(readFileSync(out())));
  const keptLines = () => readFileSync(infoVisitLogFile(dir), 'utf8').split('\n').filter(Boolean);

  const start = (options: { printer?: string; information?: InformationOptions } = {}) => {
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter(options.printer ?? `file://${out()}`),
      catalogs,
      credential: createDeviceCredential({ deviceId: 'kiosk-a', token: 'x'.repeat(43) }, 'kiosk-a'),
      now: () => new Date('2026-11-26T18:00:00Z'),
      offline: { dataDir: dir, handOverIntervalMs: null, caseHandOverIntervalMs: null },
      information: { visitHandOverIntervalMs: null, ...options.information },
    });
    return service;
  };
  const topic = () => {
    const found = hub.content.topics.find((t) => t.phone && t.webUrl && t.texts.ru);
    if (!found) throw new Error('no topic with a phone, a web address and Russian text');
    return found;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-kiosk-info-'));
    hub = startScriptedInfoHub();
  });
  afterEach(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a slip in the visitor language with the title, the phone and a QR code of the web address', async () => {
    const kiosk = start();
    const content = await kiosk.getInfoContent({});
    const outcome = await kiosk.printReferral({
      topicId: topic().id,
      language: 'ru',
      contentVersion: content.version,
    });
    expect(outcome).toEqual({ ok: true });
    const slip = printed();
    const text = slip.lines.map((l) => l.text).join('\n');
    expect(text).toContain(`Телефон: ${topic().phone}`);
    expect(slip.lines.some((l) => topic().texts.ru!.title.startsWith(l.text) && l.text.length > 3)).toBe(
      true,
    );
    expect(slip.qrCodes).toEqual([topic().webUrl]);
    expect(slip.cuts).toBe(1);
  });

  it('asks the hub once for a version it does not know, and refuses a version that is gone', async () => {
    const kiosk = start();
    await kiosk.getInfoContent({});
    hub.content = publishedStarter(2);
    const asked = () => hub.calls.get('getInfoContent') ?? 0;
    const before = asked();
    expect(await kiosk.printReferral({ topicId: topic().id, language: 'en', contentVersion: 2 })).toEqual({
      ok: true,
    });
    expect(asked()).toBe(before + 1);
    const gone = await dispatchKioskCall(kiosk, 'printReferral', {
      topicId: topic().id,
      language: 'en',
      contentVersion: 1,
    });
    expect(gone).toMatchObject({ ok: false, status: 404, error: { code: 'not-found' } });
    expect(asked()).toBe(before + 2);
    const unknown = await dispatchKioskCall(kiosk, 'printReferral', {
      topicId: 'no-such-topic',
      language: 'en',
      contentVersion: 2,
    });
    expect(unknown).toMatchObject({ ok: false, status: 404 });
  });

  it('says there is no printer, and limits slips printed in a burst', async () => {
    const none = start({ printer: 'none' });
    expect(await none.printReferral({ topicId: topic().id, language: 'en', contentVersion: 1 })).toEqual({
      ok: false,
      reason: 'no-printer',
    });
    await none.close();

    const limited = start({ information: { referralLimit: { capacity: 1, refillMs: 60_000 } } });
    const input = { topicId: topic().id, language: 'en', contentVersion: 1 };
    expect((await limited.printReferral(input)).ok).toBe(true);
    expect(await dispatchKioskCall(limited, 'printReferral', input)).toMatchObject({
      ok: false,
      status: 429,
      error: { code: 'rate-limited' },
    });
  });

  it('gives a visit to the hub, or keeps it while the hub is away and hands it over once it answers', async () => {
    const kiosk = start();
    expect(await kiosk.recordInfoVisit(infoVisit())).toEqual({ storedBy: 'hub' });
    expect(hub.visits).toHaveLength(1);

    hub.failure = 'unreachable';
    const kept = infoVisit({ ticketTopicId: 'water-bill-help' });
    expect(await kiosk.recordInfoVisit(kept)).toEqual({ storedBy: 'kiosk' });
    expect(await kiosk.recordInfoVisit(kept)).toEqual({ storedBy: 'kiosk' });
    expect(keptLines()).toHaveLength(1);

    hub.failure = null;
    await kiosk.getInfoContent({});
    await expect.poll(() => hub.visits.length).toBe(2);
    expect(hub.visits[1]).toEqual(kept);
    await expect.poll(() => keptLines().length).toBe(0);
  });

  it('hands over visits kept before a restart, dropping one the hub refuses', async () => {
    const first = start();
    hub.failure = 503;
    const [good, bad] = [infoVisit(), infoVisit()];
    await first.recordInfoVisit(bad);
    await first.recordInfoVisit(good);
    await first.close();

    hub.failure = null;
    hub.refuse.add(bad.id);
    start();
    await expect.poll(() => hub.visits.map((v) => v.id)).toEqual([good.id]);
    await expect.poll(() => existsSync(infoVisitLogFile(dir)) && keptLines().length).toBe(0);
  });

  it('passes on a refusal of the visit itself, and refuses to keep more than its capacity', async () => {
    const kiosk = start({ information: { visitCapacity: 1 } });
    const refused = infoVisit();
    hub.refuse.add(refused.id);
    expect(await dispatchKioskCall(kiosk, 'recordInfoVisit', refused)).toMatchObject({
      ok: false,
      status: 400,
    });
    hub.failure = 'unreachable';
    expect(await kiosk.recordInfoVisit(infoVisit())).toEqual({ storedBy: 'kiosk' });
    expect(await dispatchKioskCall(kiosk, 'recordInfoVisit', infoVisit())).toMatchObject({
      ok: false,
      status: 503,
      error: { code: 'unavailable' },
    });
  });
});
