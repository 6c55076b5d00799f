// The checks on a notice beyond its schema: services and devices this site knows, an end still ahead, and
// whether an existing notice may still be changed.
import type { Notice, NoticeBody, SiteConfig } from '../../../machines/contracts/index.js';
import { QueueError } from '../queue/queueError.js';
import { isOver } from './noticeRules.js';

const invalid = (message: string) => new QueueError('invalid-request', message);

/** Throws an invalid-request error for the first problem of `body` that the schema cannot see. */
export function checkNoticeBody(
  body: NoticeBody,
  context: { config: SiteConfig; now: Date; unknownDevices: (ids: readonly string[]) => string[] },
): void {
  const { config, now } = context;
  if (body.endsAt !== null && Date.parse(body.endsAt) <= now.getTime()) {
    throw invalid('The notice would already have ended: choose an end in the future (or withdraw it).');
  }
  for (const serviceId of body.closing?.serviceIds ?? []) {
    if (!config.services.some((s) => s.id === serviceId)) {
      throw invalid(
        `There is no service "${serviceId}" at this site: choose the services to close from GET /api/site.`,
      );
    }
  }
  const deviceIds = body.targets.deviceIds ?? [];
  const [unknown] = context.unknownDevices(deviceIds);
  if (unknown !== undefined) {
    throw invalid(
      `There is no enrolled device "${unknown}": choose kiosks and displays from the device list.`,
    );
  }
  if (body.targets.deviceIds !== null && deviceIds.length === 0) {
    throw invalid(
      'Choose at least one device, or send "deviceIds": null for every device of the kinds chosen.',
    );
  }
}

/** The stored notice `id`, still running (not withdrawn, not ended), or the matching error. */
export function requireRunning(notice: Notice | undefined, now: Date): Notice {
  if (!notice) throw new QueueError('not-found', 'There is no notice with that id: reload the list.');
  if (notice.withdrawnAt !== null) {
    throw new QueueError('wrong-state', 'This notice was withdrawn: publish a new notice instead.');
  }
  if (isOver(notice, now)) {
    throw new QueueError('wrong-state', 'This notice has ended: publish a new notice instead.');
  }
  return notice;
}
