// GET/POST /api/notices…: supervisors list, publish, change and withdraw notices (each POST audited by the
// audit hooks, with the notice's id as target); GET /api/devices/me/notices: what a kiosk or display should know.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  type DeviceNotices,
  hubApi,
  type NoticeList,
  type NoticeResult,
} from '../../../machines/contracts/index.js';
import { parseInput } from '../routes/apiErrors.js';
import { callerOf } from '../routes/callerOf.js';
import { staffUsernameOf } from '../routes/staffUsername.js';
import type { NoticesHub } from './noticesHub.js';

const NoticeParams = z.object({ noticeId: z.uuid() });
type NoticeAnswer = z.infer<typeof NoticeResult>;

export function registerNoticeRoutes(app: FastifyInstance, notices: NoticesHub): void {
  app.get(hubApi.listNotices.path, async (): Promise<NoticeList> => ({ notices: notices.list() }));

  app.post(hubApi.publishNotice.path, async (request, reply): Promise<NoticeAnswer> => {
    const body = parseInput(hubApi.publishNotice.body, request.body ?? {}, 'body');
    const notice = notices.publish(body, staffUsernameOf(request));
    reply.code(201);
    return { notice };
  });

  app.post(hubApi.updateNotice.path, async (request): Promise<NoticeAnswer> => {
    const { noticeId } = parseInput(NoticeParams, request.params, 'path');
    const body = parseInput(hubApi.updateNotice.body, request.body ?? {}, 'body');
    return { notice: notices.update(noticeId, body, staffUsernameOf(request)) };
  });

  app.post(hubApi.withdrawNotice.path, async (request): Promise<NoticeAnswer> => {
    const { noticeId } = parseInput(NoticeParams, request.params, 'path');
    const { reason } = parseInput(hubApi.withdrawNotice.body, request.body ?? {}, 'body');
    return { notice: notices.withdraw(noticeId, reason, staffUsernameOf(request)) };
  });

  app.get(hubApi.deviceNotices.path, async (request): Promise<DeviceNotices> => {
    const { principal } = callerOf(request);
    if (principal.kind !== 'device') throw new Error('the access guard let a non-device ask for its notices');
    return { notices: notices.forReceiver({ kind: principal.role, deviceId: principal.deviceId }) };
  });
}
