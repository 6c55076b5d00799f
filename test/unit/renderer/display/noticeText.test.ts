// What the display says and captions for a notice: severity first, in the part's language, with its voice.
import { describe, expect, it } from 'vitest';
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import { noticeLanguages } from '../../../../machines/displayAnnouncer/noticeQueue.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { noticeAnnouncement, spokenNoticeText } from '../../../../renderer/screens/display/noticeText.js';

const catalogs = loadCatalogs();
const notice: DeviceNotice = {
  id: '00000000-0000-4000-8000-000000000001',
  version: 1,
  severity: 'emergency',
  messages: {
    vi: { headline: 'Sơ tán tòa nhà', body: 'Hãy rời đi bằng lối ra gần nhất.' },
    es: { headline: '¡Evacúe el edificio!', body: 'Salga por la salida más cercana.' },
    en: { headline: 'Evacuate the building', body: 'Leave by the nearest exit.' },
  },
  startsAt: '2026-11-26T17:00:00.000Z',
  endsAt: null,
  closing: null,
};

describe('noticeLanguages', () => {
  it('puts English first, then the other languages in the notice’s order', () => {
    expect(noticeLanguages(notice)).toEqual(['en', 'vi', 'es']);
  });
});

describe('spokenNoticeText', () => {
  it('says the severity, then the headline as a sentence, then the body, in the part’s language', () => {
    expect(spokenNoticeText(catalogs, { notice, language: 'en' })).toEqual({
      text: 'Emergency. Evacuate the building. Leave by the nearest exit.',
      language: 'en',
    });
    expect(spokenNoticeText(catalogs, { notice, language: 'es' })).toEqual({
      text: 'Emergencia. ¡Evacúe el edificio! Salga por la salida más cercana.',
      language: 'es',
    });
  });

  it('falls back to English for a language the notice lacks, and leaves out an empty body', () => {
    const warning: DeviceNotice = {
      ...notice,
      severity: 'warning',
      messages: { en: { headline: 'Lift out of order', body: '' } },
    };
    expect(spokenNoticeText(catalogs, { notice: warning, language: 'es' })).toEqual({
      text: 'Warning. Lift out of order.',
      language: 'en',
    });
  });
});

describe('noticeAnnouncement', () => {
  it('speaks each part with a voice for its language', () => {
    const voices = [{ lang: 'en-US', default: true }, { lang: 'es-US' }];
    expect(noticeAnnouncement(catalogs, voices, { notice, language: 'es' }).voice?.lang).toBe('es-US');
    expect(noticeAnnouncement(catalogs, voices, { notice, language: 'en' }).voice?.lang).toBe('en-US');
  });
});
