// A referral slip's words: the topic in the visitor's language with the slip's labels and the hours in that
// language (plus the hours note), English when a topic has no translation, and no phone line or QR code for a
// topic without them.
import { describe, expect, it } from 'vitest';
import { buildReferralSlipPrintData } from '../../../../main/agent/info/referralSlip.js';
import { loadStarterContent } from '../../../../main/agent/info/starterContent.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { encodeReferralSlip } from '../../../../printers/referralSlipLayout.js';
import { decodeEscPos } from '../../../fakes/escposDecoder.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

const catalogs = loadCatalogs();
const site = testSiteConfig();
const content = loadStarterContent();
const withHours = content.topics.find((t) => t.hours !== null && t.texts.es && t.phone && t.webUrl);
if (!withHours) throw new Error('the starter set has no translated topic with hours, phone and web address');

describe('the referral slip', () => {
  it('is in the visitor language: topic words, labels, hours and the hours note', () => {
    const data = buildReferralSlipPrintData({ site, topic: withHours, language: 'es', catalogs });
    const es = withHours.texts.es!;
    expect(data).toMatchObject({
      siteName: site.site.name,
      title: es.title,
      placeName: es.placeName,
      addressLines: es.addressLines,
      whereLabel: 'Adónde ir',
      hoursLabel: 'Horario',
      phoneLabel: 'Teléfono',
      phone: withHours.phone,
      webUrl: withHours.webUrl,
      language: 'es',
    });
    expect(data.hoursLines.length).toBeGreaterThan(0);
    expect(data.hoursLines.join(' ')).not.toMatch(/\b(Mon|Tue|Wed|Thu|Fri)\b/);
    if (es.hoursNote) expect(data.hoursLines.at(-1)).toBe(es.hoursNote);
  });

  it('uses the English text, with labels in English, for a language the topic and slip do not have', () => {
    const data = buildReferralSlipPrintData({ site, topic: withHours, language: 'fr', catalogs });
    expect(data.title).toBe(withHours.texts.en!.title);
    expect(data.phoneLabel).toBe('Phone');
  });

  it('leaves out the phone line and the QR code of a topic that has neither', () => {
    const topic = { ...withHours, phone: null, webUrl: null };
    const bytes = encodeReferralSlip(buildReferralSlipPrintData({ site, topic, language: 'en', catalogs }));
    const slip = decodeEscPos(bytes);
    const text = slip.lines.map((l) => l.text).join('\n');
    expect(text).toContain('Where to go');
    expect(text.replace(/\s+/g, ' ')).toContain(withHours.texts.en!.title);
    expect(text).not.toContain('Phone:');
    expect(slip.qrCodes).toEqual([]);
  });
});
