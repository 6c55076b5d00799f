// The staff session against a real hub: sign-in answers, sign-out, and the sign-in screen coming back when the
// session ends elsewhere (a command's 401, or the live stream closed by "sign out everywhere").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubBridge } from '../../../../renderer/bridge/hubBridge.js';
import {
  createStaffSession,
  missingFields,
  type StaffSession,
  type StaffSessionState,
} from '../../../../renderer/shared/staffSession.js';
import { browserDeps, createStaff, type RealHub, startRealHub } from './realHub.js';

const password = 'correct horse battery';
let hub: RealHub;

beforeAll(async () => {
  hub = await startRealHub();
  await createStaff(hub.dataDir, 'dana.desk', 'desk', password);
  await createStaff(hub.dataDir, 'lee.locked', 'desk', password);
});

afterAll(async () => {
  await hub?.close();
});

function newBrowser() {
  const browser = browserDeps(hub.url);
  const bridge = createHubBridge(hub.url, browser.deps);
  const session = createStaffSession(bridge);
  const stop = session.connect();
  return { ...browser, bridge, session, stop };
}

/** Resolves once the session's state satisfies `predicate` (checked on every change). */
function until(
  session: StaffSession,
  predicate: (state: StaffSessionState) => boolean,
): Promise<StaffSessionState> {
  return new Promise((resolve) => {
    if (predicate(session.get())) return resolve(session.get());
    const off = session.subscribe(() => {
      if (!predicate(session.get())) return;
      off();
      resolve(session.get());
    });
  });
}

describe('missingFields', () => {
  it('names the blank fields before anything is sent', () => {
    expect(missingFields(' ', '')).toEqual({ kind: 'missing-both' });
    expect(missingFields('', 'x')).toEqual({ kind: 'missing-username' });
    expect(missingFields('dana', '')).toEqual({ kind: 'missing-password' });
    expect(missingFields('dana', 'x')).toBeNull();
  });
});

describe('staff session (real hub)', () => {
  it('starts signed out, refuses wrong details, then signs in', async () => {
    const { session, stop } = newBrowser();
    expect(await until(session, (s) => s.status !== 'checking')).toEqual({
      status: 'signedOut',
      ended: false,
      problem: null,
      busy: false,
    });
    await session.signIn('', '');
    expect(session.get()).toMatchObject({ status: 'signedOut', problem: { kind: 'missing-both' } });
    await session.signIn('dana.desk', 'not the password');
    expect(session.get()).toMatchObject({ status: 'signedOut', problem: { kind: 'wrong-details' } });
    await session.signIn(' dana.desk ', password);
    expect(session.get()).toMatchObject({
      status: 'signedIn',
      principal: { kind: 'staff', username: 'dana.desk', role: 'desk' },
    });
    stop();
  });

  it('says when a locked account may try again', async () => {
    const { session, stop } = newBrowser();
    await until(session, (s) => s.status === 'signedOut');
    for (let attempt = 0; attempt < 5; attempt += 1) await session.signIn('lee.locked', 'wrong password');
    await session.signIn('lee.locked', password);
    const state = session.get();
    expect(state).toMatchObject({ status: 'signedOut', problem: { kind: 'locked' } });
    const problem = state.status === 'signedOut' ? state.problem : null;
    expect(problem?.kind === 'locked' ? problem.retry : null).toMatch(/minute/);
    stop();
  });

  it('signs out: the hub forgets the session', async () => {
    const { session, bridge, stop } = newBrowser();
    await until(session, (s) => s.status === 'signedOut');
    await session.signIn('dana.desk', password);
    await session.signOut(false);
    expect(session.get()).toMatchObject({ status: 'signedOut', ended: false });
    await expect(bridge.call('me', {})).rejects.toMatchObject({ status: 401 });
    stop();
  });

  it('returns to sign-in, saying the session ended, when "sign out everywhere" ends it elsewhere', async () => {
    const here = newBrowser();
    const there = newBrowser();
    await until(here.session, (s) => s.status === 'signedOut');
    await until(there.session, (s) => s.status === 'signedOut');
    await here.session.signIn('dana.desk', password);
    await there.session.signIn('dana.desk', password);
    expect([here.session.get(), there.session.get()]).toMatchObject([
      { status: 'signedIn' },
      { status: 'signedIn' },
    ]);
    let stream: { close(): void } | undefined;
    await new Promise<void>((resolve) => {
      stream = here.bridge.subscribe(
        'staff',
        () => {},
        (state) => {
          if (state === 'open') resolve();
        },
      );
    });
    await there.session.signOut(true);
    expect(there.session.get()).toMatchObject({ status: 'signedOut', ended: false });
    expect(await until(here.session, (s) => s.status === 'signedOut')).toMatchObject({ ended: true });
    stream?.close();
    here.stop();
    there.stop();
  });

  it('returns to sign-in when a command finds the session gone', async () => {
    const here = newBrowser();
    await until(here.session, (s) => s.status === 'signedOut');
    await here.session.signIn('dana.desk', password);
    here.cookies.clear();
    await expect(here.bridge.call('getQueue', {})).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(here.session.get()).toMatchObject({ status: 'signedOut', ended: true });
    here.stop();
  });
});
