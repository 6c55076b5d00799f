// "Reprint ticket" at the desk: asks the hub to have the kiosk that issued the ticket print it again.
import type { HubBridge } from '../../bridge/hubBridge.js';
import { hubSentence } from './deskFeedback.js';
import { t } from './deskText.js';

/** The sentence to show: where it was sent, or the hub's reason for refusing (an error). */
export interface ReprintResult {
  ok: boolean;
  text: string;
}

export async function requestReprint(bridge: HubBridge, ticketId: string): Promise<ReprintResult> {
  try {
    const command = await bridge.call('reprintTicket', { params: { ticketId }, body: {} });
    const text = command.deviceName
      ? t('reprint.sent', { kiosk: command.deviceName })
      : t('reprint.sentUnnamed');
    return { ok: true, text };
  } catch (error) {
    const text = hubSentence(error, t('reprint.failed'));
    return { ok: false, text };
  }
}
