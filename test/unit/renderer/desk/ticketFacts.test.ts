// What the desk says about a ticket: minutes waited, service, language and needs badges in text.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SiteConfig } from '../../../../machines/contracts/site.js';
import type { Ticket } from '../../../../machines/contracts/ticket.js';
import { translator } from '../../../../machines/i18n/translate.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { defaultSiteConfig } from '../../../../main/paths.js';
import {
  languageName,
  minutesWaited,
  needsBadges,
  serviceName,
} from '../../../../renderer/screens/desk/ticketFacts.js';
import { ticket as deskTicket } from './deskFixtures.js';

const t = translator(loadCatalogs(), 'en', 'desk');
const site = SiteConfig.parse(JSON.parse(readFileSync(defaultSiteConfig, 'utf8')));
const ticket = (needs: Ticket['needs']): Ticket =>
  deskTicket({
    number: 'A001',
    queueId: 'utility',
    serviceId: 'utility-bills',
    language: 'es',
    needs,
    status: 'waiting',
    counterId: null,
    calledAt: null,
    lastCalledAt: null,
    callCount: 0,
  });

describe('ticket facts', () => {
  it('counts whole minutes waited and never goes negative', () => {
    const t0 = ticket({ interpreter: null, accessibility: [] });
    expect(minutesWaited(t0, Date.parse('2026-11-26T17:00:59.000Z'))).toBe(0);
    expect(minutesWaited(t0, Date.parse('2026-11-26T17:12:30.000Z'))).toBe(12);
    expect(minutesWaited(t0, Date.parse('2026-11-26T16:58:00.000Z'))).toBe(0);
  });

  it('names services from the site config and languages in English', () => {
    expect(serviceName(site, 'utility-bills')).toBe('Utility bills (water, sewer, stormwater)');
    expect(serviceName(site, 'gone')).toBe('gone');
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('ase')).toBe('American Sign Language');
  });

  it('puts the interpreter (mode and language) first, then each accessibility need, all as text', () => {
    const badges = needsBadges(
      ticket({
        interpreter: { mode: 'in-person', language: 'es' },
        accessibility: ['wheelchair', 'hearing'],
      }),
      t,
    );
    expect(badges).toEqual(['Interpreter: in person, Spanish', 'Wheelchair access', 'Hearing support']);
    expect(needsBadges(ticket({ interpreter: null, accessibility: [] }), t)).toEqual([]);
  });
});
