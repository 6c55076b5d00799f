// The notices panel's hub calls (publish, change, withdraw), answered as done or a sentence saying why not.

import { HubError } from '../../../../machines/contracts/hubClient.js';
import type { Notice, NoticeBody } from '../../../../machines/contracts/notices.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { t } from './noticesText.js';

export type NoticeActionResult = { kind: 'done'; notice: Notice } | { kind: 'failed'; text: string };

/** The hub's own sentence when it refused (4xx), else that it did not answer. */
export function failureText(error: unknown): string {
  if (error instanceof HubError && error.status < 500 && error.message) {
    return t('form.refused', { message: error.message });
  }
  return t('form.failed');
}

async function attempt(call: () => Promise<{ notice: Notice }>): Promise<NoticeActionResult> {
  try {
    const { notice } = await call();
    return { kind: 'done', notice };
  } catch (error) {
    return { kind: 'failed', text: failureText(error) };
  }
}

/** Publishes a new notice, or changes `noticeId` when given. */
export function saveNotice(
  bridge: HubBridge,
  noticeId: string | null,
  body: NoticeBody,
): Promise<NoticeActionResult> {
  return attempt(() =>
    noticeId === null
      ? bridge.call('publishNotice', { body })
      : bridge.call('updateNotice', { params: { noticeId }, body }),
  );
}

export function withdrawNotice(
  bridge: HubBridge,
  noticeId: string,
  reason: string,
): Promise<NoticeActionResult> {
  return attempt(() => bridge.call('withdrawNotice', { params: { noticeId }, body: { reason } }));
}
