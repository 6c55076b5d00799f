// The hub calls behind Publish and Restore, each ending in one plain result: done, conflict (someone else
// published meanwhile), the draft's problems, or a failure to show.
import { HubError } from '../../../../machines/contracts/hubClient.js';
import type { InfoVersionSummary } from '../../../../machines/contracts/info.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { type ContentProblem, checkContent } from './contentCheck.js';
import { t } from './contentText.js';
import { bodyOf, type InfoDraft } from './infoDraft.js';

export type ContentResult =
  | { kind: 'done'; summary: InfoVersionSummary }
  | { kind: 'conflict' }
  | { kind: 'invalid'; problems: ContentProblem[] }
  | { kind: 'failed'; text: string };

function failure(error: unknown, text: string): ContentResult {
  if (error instanceof HubError && error.code === 'conflict') return { kind: 'conflict' };
  if (error instanceof HubError && error.code === 'forbidden')
    return { kind: 'failed', text: t('error.forbidden') };
  if (error instanceof HubError && error.code === 'invalid-request') {
    return { kind: 'invalid', problems: [{ path: [], message: error.message }] };
  }
  return { kind: 'failed', text };
}

/** Checks the draft locally first; only a valid draft is sent, based on the version it was loaded from. */
export async function publishDraft(
  bridge: HubBridge,
  draft: InfoDraft,
  note: string,
): Promise<ContentResult> {
  const checked = checkContent(bodyOf(draft));
  if (!checked.ok) return { kind: 'invalid', problems: checked.problems };
  try {
    const summary = await bridge.call('publishInfo', {
      body: { content: checked.content, baseVersion: draft.baseVersion, note },
    });
    return { kind: 'done', summary };
  } catch (error) {
    return failure(error, t('publish.failed'));
  }
}

/** Undo: publishes `version` again, provided `current` is still the current version. */
export async function restoreVersion(
  bridge: HubBridge,
  version: number,
  current: number,
): Promise<ContentResult> {
  try {
    const summary = await bridge.call('restoreInfoVersion', {
      params: { version: String(version) },
      body: { baseVersion: current },
    });
    return { kind: 'done', summary };
  } catch (error) {
    return failure(error, t('history.restoreFailed', { version }));
  }
}
