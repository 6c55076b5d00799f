// The review list's hub calls whose answers the screen words itself: Edit (with the hub's field problems) and
// Withdraw (with its reason).
import type { EditCaseRequestBody, FieldProblem } from '../../../../machines/contracts/caseRequests.js';
import { HubError } from '../../../../machines/contracts/hubClient.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { t } from '../maintenanceText.js';

export type ReviewResult =
  | { kind: 'done' }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'failed'; text: string };

/** The hub's sentence for a refusal it explained (e.g. the request left the review list), else ours. */
function failed(error: unknown): ReviewResult {
  if (error instanceof HubError && error.code === 'invalid-request' && error.problems?.length) {
    return { kind: 'invalid', problems: error.problems };
  }
  const text =
    error instanceof HubError && error.status < 500 && error.message
      ? t('requests.refused', { message: error.message })
      : t('requests.failed');
  return { kind: 'failed', text };
}

export async function editRequest(
  bridge: HubBridge,
  requestId: string,
  body: EditCaseRequestBody,
): Promise<ReviewResult> {
  try {
    await bridge.call('editCaseRequest', { params: { requestId }, body });
    return { kind: 'done' };
  } catch (error) {
    return failed(error);
  }
}

export async function withdrawRequest(
  bridge: HubBridge,
  requestId: string,
  reason: string,
): Promise<ReviewResult> {
  try {
    await bridge.call('withdrawCaseRequest', { params: { requestId }, body: { reason } });
    return { kind: 'done' };
  } catch (error) {
    return failed(error);
  }
}
