// What the desk says and where focus goes after each command: notices, error sentences, focus targets.
import { HubError } from '../../../machines/contracts/hubClient.js';
import type { DeskCommand, DeskError, DeskErrorKind, DeskNotice } from '../../../machines/deskSession.js';
import type { ConnectionState } from '../../bridge/hubBridge.js';
import { t } from './deskText.js';

export function errorText(error: DeskError): string {
  if (error.message) return error.message;
  return t(`error.${error.kind}`, { ticket: error.ticketNumber ?? '' });
}

export const noticeText = (notice: DeskNotice): string =>
  t(`notice.${notice.kind}`, { ticket: notice.ticketNumber ?? '' });

export const connectionText = (state: ConnectionState): string => t(`connection.${state}`);

/** Element id to focus after a command succeeds (null: leave focus where it is). */
export const focusAfter: Record<DeskCommand['kind'], string | null> = {
  signIn: 'call-next',
  endBreak: 'call-next',
  complete: 'call-next',
  noShow: 'call-next',
  left: 'call-next',
  park: 'call-next',
  transfer: 'call-next',
  recycle: 'call-next',
  callNext: 'current-visitor',
  callTicket: 'current-visitor',
  recall: 'current-visitor',
  arrive: 'current-visitor',
  resume: 'current-visitor',
  walkIn: 'current-visitor',
  startBreak: 'counter-back',
  signOut: 'counter-sign-in',
  note: null,
};

/** The field to fix for an error found at the desk. */
export const focusOnError: Partial<Record<DeskErrorKind, string>> = {
  'outcome-required': 'outcome-select',
  'bureau-required': 'bureau-select',
  'case-required': 'case-reference',
  'note-required': 'note-text',
  'transfer-target-required': 'transfer-service',
};

export function focusById(id: string | null | undefined): void {
  if (id) document.getElementById(id)?.focus();
}

/** The hub's own sentence for a refusal, or `fallback` when it did not answer or gave none. */
export function hubSentence(error: unknown, fallback: string): string {
  return error instanceof HubError && error.code !== 'internal' && error.message ? error.message : fallback;
}
