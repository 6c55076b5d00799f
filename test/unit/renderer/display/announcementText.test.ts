// Spoken announcements: digit-by-digit numbers, the call's language when a voice exists, English otherwise; which
// languages the display can speak notices in.
import { describe, expect, it } from 'vitest';
import type { PublicCall } from '../../../../machines/contracts/ticket.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import {
  announcementFor,
  pickVoice,
  spellTicketNumber,
  voicedLanguages,
} from '../../../../renderer/screens/display/announcementText.js';

const catalogs = loadCatalogs();
const voices = [
  { lang: 'en-US', default: true },
  { lang: 'en-GB' },
  { lang: 'es-ES' },
  { lang: 'es-US', default: true },
  { lang: 'zh-CN' },
];
const call = (extra: Partial<PublicCall> = {}): PublicCall => ({
  callId: 7,
  ticketNumber: 'A042',
  counterName: '3',
  language: 'en',
  calledAt: '2026-11-26T17:00:00.000Z',
  recall: false,
  ...extra,
});

describe('spellTicketNumber', () => {
  it('spaces every character so the number is read digit by digit', () => {
    expect(spellTicketNumber('A042')).toBe('A 0 4 2');
    expect(spellTicketNumber('PK1203')).toBe('P K 1 2 0 3');
  });
});

describe('pickVoice', () => {
  it('prefers the default voice of the language, matches scripts to regions, and gives up without one', () => {
    expect(pickVoice(voices, 'es')?.lang).toBe('es-US');
    expect(pickVoice(voices, 'es-ES')?.lang).toBe('es-ES');
    expect(pickVoice(voices, 'zh-Hans')?.lang).toBe('zh-CN');
    expect(pickVoice(voices, 'zh-Hant')).toBeNull();
    expect(pickVoice(voices, 'vi')).toBeNull();
    expect(pickVoice([{ lang: 'es_MX' }], 'es')?.lang).toBe('es_MX');
  });
});

describe('announcementFor', () => {
  it('announces in the call language with its voice', () => {
    const a = announcementFor(catalogs, voices, call({ language: 'es' }));
    expect(a.language).toBe('es');
    expect(a.voice?.lang).toBe('es-US');
    expect(a.text).toBe('Número A 0 4 2, por favor pase al mostrador 3.');
  });

  it('falls back to English text and voice when the language has no voice', () => {
    const a = announcementFor(catalogs, voices, call({ language: 'vi' }));
    expect(a.language).toBe('en');
    expect(a.voice?.lang).toBe('en-US');
    expect(a.text).toBe('Ticket A 0 4 2, please go to counter 3.');
  });

  it('says "again" for a recall', () => {
    expect(announcementFor(catalogs, voices, call({ recall: true })).text).toBe(
      'Ticket A 0 4 2, again, please go to counter 3.',
    );
  });

  it('still produces English text when no voices are installed', () => {
    const a = announcementFor(catalogs, [], call({ language: 'es' }));
    expect(a).toEqual({ text: 'Ticket A 0 4 2, please go to counter 3.', language: 'en', voice: null });
  });
});

describe('voicedLanguages', () => {
  it('names every language besides English with a display catalog and a voice, whatever the language', () => {
    const fake = [
      { lang: 'en-US' },
      { lang: 'vi-VN' },
      { lang: 'ar-SA' },
      { lang: 'zh-TW' },
      { lang: 'xx-XX' },
    ];
    expect(voicedLanguages(catalogs, fake).sort()).toEqual(['ar', 'vi', 'zh-Hant']);
    expect(voicedLanguages(catalogs, voices).sort()).toEqual(['es', 'zh-Hans']);
    expect(voicedLanguages(catalogs, [])).toEqual([]);
  });

  it('announces a call in any language the display has a voice for', () => {
    const a = announcementFor(catalogs, [{ lang: 'en-US' }, { lang: 'vi-VN' }], call({ language: 'vi' }));
    expect(a.language).toBe('vi');
    expect(a.voice?.lang).toBe('vi-VN');
  });
});
