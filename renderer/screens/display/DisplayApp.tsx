// Lobby display root: asks the hub who this screen is; a display device (or staff the display stream admits)
// sees the board, anyone else the set-up screen. A credential that ends later brings the set-up screen back.
import { useCallback, useEffect, useState } from 'react';
import { authProblemOf, type HubBridge } from '../../bridge/hubBridge.js';
import { DisplayLive } from './DisplayLive.js';
import { DisplaySetup } from './DisplaySetup.js';
import { mayShowDisplay, type SetupProblem, setupProblemOf } from './displayAccess.js';
import { t } from './displayText.js';

/** How long to wait before asking an unreachable hub again. */
const retryMs = 5000;

type DisplayAccess =
  | { status: 'checking' }
  | { status: 'unreachable' }
  | { status: 'setup'; ended: boolean; busy: boolean; problem: SetupProblem | null }
  | { status: 'ready' };

const setup = (ended: boolean, problem: SetupProblem | null = null): DisplayAccess => ({
  status: 'setup',
  ended,
  busy: false,
  problem,
});

export function DisplayApp({ bridge }: { bridge: HubBridge }) {
  const [access, setAccess] = useState<DisplayAccess>({ status: 'checking' });

  const check = useCallback(() => {
    bridge.call('me', {}).then(
      (principal) => setAccess(mayShowDisplay(principal) ? { status: 'ready' } : setup(false)),
      (error: unknown) => setAccess(authProblemOf(error) ? setup(false) : { status: 'unreachable' }),
    );
  }, [bridge]);

  useEffect(() => {
    check();
    return bridge.onAuthProblem((problem) => {
      if (problem === 'unauthenticated') setAccess((now) => (now.status === 'ready' ? setup(true) : now));
    });
  }, [bridge, check]);

  useEffect(() => {
    if (access.status !== 'unreachable') return;
    const id = setTimeout(check, retryMs);
    return () => clearTimeout(id);
  }, [access, check]);

  const enrol = (code: string) => {
    if (access.status !== 'setup' || access.busy) return;
    if (code === '') return setAccess({ ...access, problem: 'missing' });
    setAccess({ ...access, busy: true, problem: null });
    bridge.call('enrol', { body: { code, delivery: 'cookie' } }).then(
      () => setAccess({ status: 'ready' }),
      (error: unknown) => setAccess(setup(access.ended, setupProblemOf(error))),
    );
  };

  if (access.status === 'ready') return <DisplayLive bridge={bridge} />;
  if (access.status === 'setup') {
    return <DisplaySetup ended={access.ended} busy={access.busy} problem={access.problem} onSubmit={enrol} />;
  }
  return (
    <main className="setup">
      <p role="status" className="setup__intro">
        {access.status === 'unreachable' ? t('setup.unreachable') : t('setup.checking')}
      </p>
    </main>
  );
}
