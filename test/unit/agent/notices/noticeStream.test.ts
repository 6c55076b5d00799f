// The kiosk's notices stream against a real `ws` server standing in for the hub: the credential travels in the
// upgrade, only valid messages reach the kiosk, a lost or silent connection is opened again with backoff (reset
// after a good message), and stopping leaves no socket and no timer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { DeviceNotice } from '../../../../machines/contracts/index.js';
import {
  type NoticeStream,
  noticeStreamUrl,
  startNoticeStream,
} from '../../../../main/agent/notices/noticeStream.js';
import { reconnectDelay } from '../../../../main/agent/notices/reconnectDelay.js';
import { deviceNotice } from './deviceNotice.js';
import { type FakeHubStream, startFakeHubStream } from './fakeHubStream.js';
import { type ManualSchedule, manualSchedule } from './manualSchedule.js';

const silenceMs = 75_000;
const isRetry = (ms: number) => ms !== silenceMs;

const closedOnServer = (socket: WebSocket) =>
  new Promise<void>((resolve) => {
    if (socket.readyState === socket.CLOSED) resolve();
    else socket.once('close', () => resolve());
  });

describe('the notices stream', () => {
  let hub: FakeHubStream;
  let timers: ManualSchedule;
  let stream: NoticeStream | null;
  let received: DeviceNotice[][];
  let states: string[];
  let onReceive: (() => void) | null;

  const start = () => {
    stream = startNoticeStream({
      url: hub.url,
      headers: () => ({ authorization: 'Bearer kiosk-token' }),
      onNotices: (notices) => {
        received.push(notices);
        onReceive?.();
      },
      onState: (state) => states.push(state),
      schedule: timers.schedule,
      random: () => 0,
      silenceMs,
    });
    return stream;
  };
  const nextNotices = () =>
    new Promise<DeviceNotice[]>((resolve) => {
      onReceive = () => {
        onReceive = null;
        resolve(received.at(-1) as DeviceNotice[]);
      };
    });

  beforeEach(async () => {
    hub = await startFakeHubStream();
    timers = manualSchedule();
    stream = null;
    received = [];
    states = [];
    onReceive = null;
  });
  afterEach(async () => {
    await stream?.stop();
    await hub.close();
  });

  it('sends the device credential and hands over only messages that match the contract', async () => {
    const notice = deviceNotice();
    const arrived = nextNotices();
    start();
    const socket = await hub.nextConnection();
    socket.send('not json at all');
    socket.send(JSON.stringify({ kind: 'snapshot', snapshot: {} }));
    socket.send(JSON.stringify({ kind: 'notices', notices: [{ ...notice, severity: 'panic' }] }));
    socket.send(JSON.stringify({ kind: 'notices', notices: [notice] }));
    expect(await arrived).toEqual([notice]);
    expect(received).toHaveLength(1);
    expect(hub.authorizations).toEqual(['Bearer kiosk-token']);
    expect(states).toEqual(['connected']);
  });

  it('tries again after 1 s, doubling up to 30 s, and starts again at 1 s after a good connection', async () => {
    hub.refuseNext = 7;
    start();
    const delays: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const retry = await timers.next(isRetry);
      delays.push(retry.ms);
      timers.fire(retry);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);

    const arrived = nextNotices();
    const socket = await hub.nextConnection();
    socket.send(JSON.stringify({ kind: 'notices', notices: [] }));
    await arrived;
    socket.terminate();
    expect((await timers.next(isRetry)).ms).toBe(1_000);
    expect(states).toEqual(['connected', 'lost']);
  });

  it('drops a connection that stays silent and opens a new one', async () => {
    start();
    const first = await hub.nextConnection();
    const silence = await timers.next((ms) => ms === silenceMs);
    timers.fire(silence);
    await closedOnServer(first);
    const retry = await timers.next(isRetry);
    timers.fire(retry);
    const second = await hub.nextConnection();
    const arrived = nextNotices();
    const notice = deviceNotice({ severity: 'emergency' });
    second.send(JSON.stringify({ kind: 'notices', notices: [notice] }));
    expect(await arrived).toEqual([notice]);
  });

  it('stops with no socket open and no timer waiting, connected or between attempts', async () => {
    const connected = start();
    const socket = await hub.nextConnection();
    await connected.stop();
    await closedOnServer(socket);
    expect(timers.live()).toEqual([]);

    hub.refuseNext = 1;
    const retrying = start();
    await timers.next(isRetry);
    await retrying.stop();
    expect(timers.live()).toEqual([]);
  });
});

describe('reconnectDelay', () => {
  it('takes up to a quarter off at random and never exceeds 30 s', () => {
    expect(reconnectDelay(0, 0.5)).toBe(875);
    expect(reconnectDelay(3, 0.999)).toBeGreaterThan(6_000);
    expect(reconnectDelay(3, 0.999)).toBeLessThanOrEqual(8_000);
    expect(reconnectDelay(60, 0)).toBe(30_000);
  });
});

describe('noticeStreamUrl', () => {
  it('uses ws for an http hub and wss for an https hub, below any path', () => {
    expect(noticeStreamUrl('http://hub.local:8311')).toBe('ws://hub.local:8311/api/events?view=kiosk');
    expect(noticeStreamUrl('https://hub.example.org/lobby/')).toBe(
      'wss://hub.example.org/lobby/api/events?view=kiosk',
    );
  });
});
