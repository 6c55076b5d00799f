// What the desk's live region says about new tickets: only tickets never seen waiting, number and service,
// and an interpreter request with its mode, language and language code.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../machines/i18n/translate.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { arrivalsText, newArrivals } from '../../../../renderer/screens/desk/arrivalsText.js';
import { site, ticket } from './deskFixtures.js';

const t = translator(loadCatalogs(), 'en', 'desk');

const plain = ticket({
  id: '00000000-0000-4000-8000-00000000000a',
  number: 'A001',
  serviceId: 'utility-bills',
  needs: { interpreter: null, accessibility: [] },
});
const interpreted = ticket({
  id: '00000000-0000-4000-8000-00000000000b',
  number: 'A002',
  serviceId: 'utility-bills',
  needs: { interpreter: { mode: 'video', language: 'vi' }, accessibility: [] },
});

describe('desk arrivals', () => {
  it('finds only the waiting tickets not seen before', () => {
    expect(newArrivals(new Set([plain.id]), [plain, interpreted])).toEqual([interpreted]);
    expect(newArrivals(new Set([plain.id, interpreted.id]), [plain, interpreted])).toEqual([]);
  });

  it('says each new ticket with its service, and an interpreter request with the language code', () => {
    expect(arrivalsText(site, [plain, interpreted], t)).toBe(
      'New ticket A001 waiting: Utility bills (water, sewer, stormwater). ' +
        'New ticket A002 waiting: Utility bills (water, sewer, stormwater). Interpreter: video, Vietnamese (vi).',
    );
  });
});
