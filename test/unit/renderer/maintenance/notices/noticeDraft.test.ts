// The notice form becomes the hub's NoticeBody: site-local times in UTC, empty languages left to English,
// and every problem named on its field, top to bottom.
import { describe, expect, it } from 'vitest';
import {
  bodyOfDraft,
  draftOfNotice,
  emptyLanguages,
  fieldIds,
  type NoticeDraft,
  newDraft,
} from '../../../../../renderer/screens/maintenance/notices/noticeDraft.js';
import { notice } from './noticeFixtures.js';

const portland = 'America/Los_Angeles';
const languages = ['en', 'es', 'zh-Hans'];
const now = new Date('2026-11-26T17:04:30.000Z'); // 9:04 AM in Portland

const filledDraft = (extra: Partial<NoticeDraft> = {}): NoticeDraft => {
  const draft = newDraft(languages, now, portland);
  draft.texts.en = { headline: 'The building closes at 3 PM today', body: '' };
  return { ...draft, ...extra };
};

describe('a new notice', () => {
  it('starts now on the site clock, for every kind of device, until withdrawn, with English first', () => {
    const draft = newDraft(['es', 'en'], now, portland);
    expect(draft.startsAt).toBe('2026-11-26T09:04');
    expect(draft.endsAt).toBe('');
    expect([draft.kiosks, draft.displays, draft.desks]).toEqual([true, true, true]);
    expect(Object.keys(draft.texts)).toEqual(['en', 'es']);
  });

  it('becomes a body with the English text only when the others are left empty', () => {
    const result = bodyOfDraft(filledDraft({ endsAt: '2026-11-26T15:00' }), portland);
    expect(result).toEqual({
      kind: 'ok',
      body: {
        severity: 'information',
        messages: { en: { headline: 'The building closes at 3 PM today', body: '' } },
        startsAt: '2026-11-26T17:04:00.000Z',
        endsAt: '2026-11-26T23:00:00.000Z',
        targets: { kiosks: true, displays: true, desks: true, deviceIds: null },
        closing: null,
      },
    });
    expect(emptyLanguages(filledDraft())).toEqual(['es', 'zh-Hans']);
  });

  it('sends a translation, chosen devices and an early closing in UTC', () => {
    const draft = filledDraft({
      severity: 'warning',
      kiosks: true,
      displays: false,
      desks: false,
      onlyDevices: true,
      deviceIds: ['kiosk-1'],
      closing: true,
      closingServiceIds: ['parking'],
      closingFrom: '2026-11-26T14:30',
    });
    draft.texts.es = { headline: 'El edificio cierra a las 3 PM', body: 'Vuelva mañana.' };
    const result = bodyOfDraft(draft, portland);
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.problems));
    expect(Object.keys(result.body.messages)).toEqual(['en', 'es']);
    expect(result.body.targets).toEqual({
      kiosks: true,
      displays: false,
      desks: false,
      deviceIds: ['kiosk-1'],
    });
    expect(result.body.closing).toEqual({ serviceIds: ['parking'], from: '2026-11-26T22:30:00.000Z' });
  });
});

describe('problems', () => {
  it('names each field to fix, in the order the form shows them', () => {
    const draft = newDraft(languages, now, portland);
    draft.texts.es = { headline: '', body: 'Solo el detalle' };
    const result = bodyOfDraft(
      { ...draft, startsAt: '', kiosks: false, displays: false, desks: false, closing: true },
      portland,
    );
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problems.map((p) => p.fieldId)).toEqual([
      fieldIds.headline('en'),
      fieldIds.headline('es'),
      fieldIds.startsAt,
      fieldIds.targets,
      fieldIds.closingServices,
      fieldIds.closingFrom,
    ]);
    expect(result.problems[0]?.text).toBe('Enter the English headline');
    expect(result.problems[1]?.text).toBe(
      'Enter a Spanish headline, or leave both Spanish fields empty to show the English text',
    );
  });

  it('refuses an end before the start, and an end that is not a time', () => {
    const before = bodyOfDraft(filledDraft({ endsAt: '2026-11-26T09:00' }), portland);
    expect(before).toEqual({
      kind: 'invalid',
      problems: [{ fieldId: fieldIds.endsAt, text: 'The end must be later than the start' }],
    });
    const garbled = bodyOfDraft(filledDraft({ endsAt: '2026-02-30T09:00' }), portland);
    expect(garbled.kind === 'invalid' && garbled.problems.map((p) => p.fieldId)).toEqual([fieldIds.endsAt]);
  });

  it('asks for a device when "only these devices" is ticked without one', () => {
    const result = bodyOfDraft(filledDraft({ onlyDevices: true, deviceIds: [] }), portland);
    expect(result.kind === 'invalid' && result.problems.map((p) => p.fieldId)).toEqual([fieldIds.devices]);
  });

  it('ignores "only these devices" when only desks are chosen', () => {
    const result = bodyOfDraft(
      filledDraft({ kiosks: false, displays: false, onlyDevices: true, deviceIds: [] }),
      portland,
    );
    expect(result.kind === 'ok' && result.body.targets.deviceIds).toBeNull();
  });

  it('says when a headline is too long', () => {
    const draft = filledDraft();
    draft.texts.en = { headline: 'x'.repeat(121), body: '' };
    const result = bodyOfDraft(draft, portland);
    expect(result.kind === 'invalid' && result.problems[0]?.text).toBe(
      'The English headline must be 120 characters or fewer',
    );
  });
});

describe('editing', () => {
  it('prefills from a published notice on the site clock and gives the same body back', () => {
    const published = notice({
      severity: 'emergency',
      messages: { en: { headline: 'Leave the building', body: 'Use the stairs.' } },
      startsAt: '2026-03-08T10:30:00.000Z',
      endsAt: '2026-03-08T20:00:00.000Z',
      targets: { kiosks: true, displays: true, desks: false, deviceIds: ['kiosk-1', 'display-1'] },
      closing: { serviceIds: ['parking'], from: '2026-03-08T11:00:00.000Z' },
    });
    const draft = draftOfNotice(published, languages, portland);
    expect(draft.startsAt).toBe('2026-03-08T03:30');
    expect(draft.texts.es).toEqual({ headline: '', body: '' });
    const result = bodyOfDraft(draft, portland);
    expect(result).toEqual({
      kind: 'ok',
      body: {
        severity: published.severity,
        messages: published.messages,
        startsAt: published.startsAt,
        endsAt: published.endsAt,
        targets: published.targets,
        closing: published.closing,
      },
    });
  });
});
