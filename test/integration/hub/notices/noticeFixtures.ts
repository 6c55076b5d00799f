// Notice bodies for the notices tests: an English warning for every kind of device, from the test hub's morning.
import type { z } from 'zod';
import type { NoticeBody } from '../../../../machines/contracts/index.js';
import { portlandMorning } from '../support/testHub.js';

export type NoticeInput = z.input<typeof NoticeBody>;

const minute = 60_000;

/** `minutes` after the test hub's start time (10:00 in Portland), as an ISO instant. */
export const minutesAfterMorning = (minutes: number) =>
  new Date(Date.parse(portlandMorning) + minutes * minute).toISOString();

/** A warning shown from 10:00 to 12:00 on every kiosk, display and desk, with `changes` on top. */
export function noticeBody(changes: Partial<NoticeInput> = {}): NoticeInput {
  return {
    severity: 'warning',
    messages: {
      en: { headline: 'The lobby closes at 3 pm today', body: 'Come back tomorrow from 8 am.' },
      es: { headline: 'El vestíbulo cierra hoy a las 3 pm', body: 'Vuelva mañana desde las 8 am.' },
    },
    startsAt: minutesAfterMorning(0),
    endsAt: minutesAfterMorning(120),
    targets: { kiosks: true, displays: true, desks: true, deviceIds: null },
    closing: null,
    ...changes,
  };
}
