// A small published version of the information topics for the content editor's tests: two groups, three
// topics, English and Spanish (one Spanish text out of date, one missing).
import type { InfoContent, InfoTopic } from '../../../../../machines/contracts/info.js';

const text = (title: string, basedOn: number) => ({
  title,
  summary: `${title} summary`,
  placeName: 'Room 110',
  addressLines: ['1120 SW 5th Ave'],
  hoursNote: '',
  keywords: ['bill'],
  basedOn,
});

const topic = (id: string, groupId: string, revision: number, texts: InfoTopic['texts']): InfoTopic => ({
  id,
  groupId,
  revision,
  phone: '503-823-4000',
  webUrl: 'https://www.portland.gov/water',
  hours: { mon: [{ opens: '08:00', closes: '17:00' }] },
  deskServiceId: null,
  texts,
});

export const publishedContent: InfoContent = {
  version: 4,
  publishedAt: '2026-11-20T17:00:00.000Z',
  publishedBy: 'sam.supervisor',
  groups: [
    { id: 'city', texts: { en: { name: 'City services' }, es: { name: 'Servicios de la ciudad' } } },
    { id: 'community', texts: { en: { name: 'Community help' } } },
  ],
  topics: [
    topic('water-bills', 'city', 2, { en: text('Water bills', 2), es: text('Facturas del agua', 2) }),
    topic('permits', 'city', 3, { en: text('Permits', 3), es: text('Permisos', 2) }),
    topic('food', 'community', 1, { en: text('Food', 1) }),
  ],
};
