// "Find ticket" at the desk: a typed ticket number or a scanned status URL (USB scanners type it and press Enter)
// sent to the hub as is; the hub says which of today's visits it is.
import type { Ticket } from '../../../machines/contracts/ticket.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { hubSentence } from './deskFeedback.js';
import { t } from './deskText.js';

export type FindResult =
  | { kind: 'found'; ticket: Ticket }
  | { kind: 'empty' }
  | { kind: 'refused'; text: string };

/** Looks up `entry` (trimmed; an empty entry is refused here without asking the hub). */
export async function findTicket(bridge: HubBridge, entry: string): Promise<FindResult> {
  const q = entry.trim();
  if (q === '') return { kind: 'empty' };
  try {
    const { ticket } = await bridge.call('findVisit', { query: { q } });
    return { kind: 'found', ticket };
  } catch (error) {
    const text = hubSentence(error, t('find.error.failed'));
    return { kind: 'refused', text };
  }
}
