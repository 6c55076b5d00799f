// The bridge against a real hub: 401 and 403 reach the screens distinctly, and the 401s that are answers
// (who am I before signing in, wrong sign-in details, a refused code) do not count as a lost session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubError } from '../../../../machines/contracts/hubClient.js';
import { type AuthProblem, authProblemOf, createHubBridge } from '../../../../renderer/bridge/hubBridge.js';
import { browserDeps, createStaff, type RealHub, startRealHub } from '../shared/realHub.js';

const password = 'correct horse battery';
let hub: RealHub;

beforeAll(async () => {
  hub = await startRealHub();
  await createStaff(hub.dataDir, 'dana.desk', 'desk', password);
});

afterAll(async () => {
  await hub?.close();
});

function watchedBridge() {
  const bridge = createHubBridge(hub.url, browserDeps(hub.url).deps);
  const problems: AuthProblem[] = [];
  bridge.onAuthProblem((problem) => problems.push(problem));
  return { bridge, problems };
}

describe('hub bridge and access', () => {
  it('classifies 401 and 403 apart', () => {
    expect(authProblemOf(new HubError(401, 'unauthenticated', 'x'))).toBe('unauthenticated');
    expect(authProblemOf(new HubError(403, 'forbidden', 'x'))).toBe('forbidden');
    expect(authProblemOf(new HubError(409, 'conflict', 'x'))).toBeNull();
    expect(authProblemOf(new Error('x'))).toBeNull();
  });

  it('does not report the 401s that are answers: me, wrong sign-in details, a bad code', async () => {
    const { bridge, problems } = watchedBridge();
    await expect(bridge.call('me', {})).rejects.toMatchObject({ status: 401 });
    await expect(
      bridge.call('login', { body: { username: 'dana.desk', password: 'wrong' } }),
    ).rejects.toMatchObject({ status: 401 });
    await expect(
      bridge.call('enrol', { body: { code: 'AAAA-AAAA', delivery: 'cookie' } }),
    ).rejects.toMatchObject({
      status: 401,
    });
    expect(problems).toEqual([]);
  });

  it('reports a command refused for want of a session, and a role refused', async () => {
    const { bridge, problems } = watchedBridge();
    await expect(bridge.call('getQueue', {})).rejects.toMatchObject({ status: 401 });
    await bridge.call('login', { body: { username: 'dana.desk', password } });
    await expect(bridge.call('listStaff', {})).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect(problems).toEqual(['unauthenticated', 'forbidden']);
  });
});
