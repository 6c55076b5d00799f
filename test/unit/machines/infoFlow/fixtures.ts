// Test data for the Find information flow: a small content version with groups and topics in English, Spanish
// (with accents) and Russian, one topic with its own desk and one only in English, plus notices for the kiosk.
import { InfoContent } from '../../../../machines/contracts/info.js';
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';

const weekdays = [{ opens: '08:00', closes: '17:00' }];

const text = (title: string, summary: string, placeName: string, keywords: string[] = []) => ({
  title,
  summary,
  placeName,
  addressLines: ['1120 SW 5th Ave', 'Room 110'],
  hoursNote: '',
  keywords,
  basedOn: 1,
});

export function testContent(version = 3): InfoContent {
  return InfoContent.parse({
    version,
    publishedAt: '2026-03-01T17:00:00.000Z',
    publishedBy: 'supervisor',
    groups: [
      {
        id: 'city-services',
        texts: {
          en: { name: 'City services in this building' },
          es: { name: 'Servicios de la Ciudad' },
          ru: { name: 'Городские услуги' },
        },
      },
      {
        id: 'community',
        texts: {
          en: { name: 'Community and social services' },
          es: { name: 'Servicios comunitarios' },
          ru: { name: 'Социальные службы' },
        },
      },
    ],
    topics: [
      {
        id: 'water-bill',
        groupId: 'city-services',
        revision: 1,
        phone: '503-823-7770',
        webUrl: 'https://www.portland.gov/water',
        hours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
        deskServiceId: 'utility-bills',
        texts: {
          en: text(
            'Pay or ask about a water bill',
            'Water and sewer bills.',
            'Water Bureau customer service',
            ['sewer'],
          ),
          es: text(
            'Pagar la factura del agua',
            'Facturas de agua y alcantarillado.',
            'Atención al cliente del agua',
            ['alcantarillado'],
          ),
          ru: text('Оплата счёта за воду', 'Счета за воду и канализацию.', 'Служба водоснабжения', [
            'канализация',
          ]),
        },
      },
      {
        id: 'transit-pass',
        groupId: 'city-services',
        revision: 1,
        phone: null,
        webUrl: null,
        hours: null,
        deskServiceId: null,
        texts: {
          en: text(
            'Reduced fare transit pass',
            'How to apply for a Honored Citizen fare.',
            'TriMet ticket office',
            ['bus', 'water taxi'],
          ),
          es: text(
            'Pase de tránsito con tarifa reducida',
            'Cómo solicitar la tarifa reducida.',
            'Oficina de TriMet',
            ['autobús'],
          ),
          ru: text(
            'Льготный проездной',
            'Как получить льготный тариф. Ёлочный базар рядом.',
            'Касса TriMet',
            ['автобус'],
          ),
        },
      },
      {
        id: 'food-help',
        groupId: 'community',
        revision: 2,
        phone: '211',
        webUrl: 'https://211info.org/',
        hours: null,
        deskServiceId: null,
        texts: {
          en: text(
            'Food and shelter: call 211',
            'Free help finding food, shelter and legal aid.',
            '211info',
            ['meals'],
          ),
        },
      },
    ],
  });
}

/** A notice for the kiosks: English and Spanish text, from `startsAt` until `endsAt` (null: until withdrawn). */
export function testNotice(change: Partial<DeviceNotice> = {}): DeviceNotice {
  return {
    id: '5b1f2f4e-8a0c-4d6e-9c51-6f3c1a0b7d21',
    version: 1,
    severity: 'emergency',
    messages: {
      en: { headline: 'Leave the building now', body: 'Use the nearest exit. Do not use the elevators.' },
      es: { headline: 'Salga del edificio ahora', body: 'Use la salida más cercana. No use los ascensores.' },
    },
    startsAt: '2026-03-09T16:00:00.000Z',
    endsAt: null,
    closing: null,
    ...change,
  };
}
