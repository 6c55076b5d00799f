// How a notice reads in the staff list: where it shows, closing early, its end, and the fallback languages.
import { describe, expect, it } from 'vitest';
import {
  closingText,
  endsText,
  fallbackLanguages,
  fallbackText,
  targetsText,
} from '../../../../../renderer/screens/maintenance/notices/noticeWords.js';

const portland = 'America/Los_Angeles';
const names: Record<string, string> = {
  'kiosk-1': 'Lobby kiosk',
  'display-1': 'Lobby TV',
  parking: 'Parking',
};
const nameOf = (id: string) => names[id] ?? id;

describe('targets in words', () => {
  it('lists the kinds of device', () => {
    expect(targetsText({ kiosks: true, displays: true, desks: true, deviceIds: null }, nameOf)).toBe(
      'Kiosks, displays, and desks',
    );
    expect(targetsText({ kiosks: false, displays: false, desks: true, deviceIds: null }, nameOf)).toBe(
      'Desks',
    );
  });

  it('names the chosen devices, by name when known', () => {
    expect(
      targetsText(
        { kiosks: true, displays: true, desks: false, deviceIds: ['kiosk-1', 'display-9'] },
        nameOf,
      ),
    ).toBe('Only these kiosks and displays: Lobby kiosk and display-9');
    expect(targetsText({ kiosks: true, displays: false, desks: true, deviceIds: ['kiosk-1'] }, nameOf)).toBe(
      'Desks, and only these kiosks: Lobby kiosk',
    );
  });
});

describe('closing early and the end', () => {
  it('says which services stop and from when, on the site clock', () => {
    expect(
      closingText({ serviceIds: ['parking', 'permits'], from: '2026-11-26T23:00:00.000Z' }, nameOf, portland),
    ).toBe('Stops tickets for Parking and permits from Nov 26, 2026, 3:00 PM');
    expect(closingText(null, nameOf, portland)).toBe('No');
  });

  it('says until withdrawn, the end, or when it was withdrawn', () => {
    const running = { endsAt: null, withdrawnAt: null, withdrawnReason: null };
    expect(endsText(running, portland)).toBe('Until withdrawn');
    expect(endsText({ ...running, endsAt: '2026-11-26T23:00:00.000Z' }, portland)).toBe(
      'Nov 26, 2026, 3:00 PM',
    );
    const withdrawn = { ...running, withdrawnAt: '2026-11-26T20:00:00.000Z' };
    expect(endsText(withdrawn, portland)).toBe('Withdrawn Nov 26, 2026, 12:00 PM');
    expect(endsText({ ...withdrawn, withdrawnReason: 'all clear' }, portland)).toBe(
      'Withdrawn Nov 26, 2026, 12:00 PM: all clear',
    );
  });
});

describe('fallback languages', () => {
  it('lists the site languages without their own text, never English', () => {
    const names = fallbackLanguages({ en: {}, es: {} }, ['en', 'es', 'zh-Hans', 'vi']);
    expect(names).toEqual(['Simplified Chinese', 'Vietnamese']);
    expect(fallbackText(names)).toBe('Simplified Chinese and Vietnamese will show the English text.');
    expect(fallbackText(fallbackLanguages({ en: {} }, ['en']))).toBeNull();
  });
});
