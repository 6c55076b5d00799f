// Puts a staff screen behind sign-in: checks the session, shows sign-in (or "no access" for the wrong role),
// and renders the screen only for a signed-in member of staff with one of its roles.
import { Fragment, type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import type { StaffRole } from '../../machines/contracts/auth.js';
import type { HubBridge } from '../bridge/hubBridge.js';
import { AccountBar } from './AccountBar.js';
import { authText as t } from './authText.js';
import { SignInForm } from './SignInForm.js';
import { StaffHeader } from './StaffHeader.js';
import { createStaffSession, hasRole, type StaffPrincipal, type StaffSession } from './staffSession.js';

interface Props {
  bridge: HubBridge;
  /** The screen's name, e.g. "Front desk". */
  screen: string;
  roles: readonly StaffRole[];
  /** What a signed-in person without one of `roles` is told. */
  noAccess: { heading: string; body: string };
  children: (principal: StaffPrincipal, account: ReactNode) => ReactNode;
}

export function useStaffSession(bridge: HubBridge): StaffSession {
  const [session] = useState(() => createStaffSession(bridge));
  useEffect(() => session.connect(), [session]);
  return session;
}

export function StaffGate({ bridge, screen, roles, noAccess, children }: Props) {
  const session = useStaffSession(bridge);
  const state = useSyncExternalStore(session.subscribe, session.get, session.get);

  if (state.status === 'signedIn') {
    const account = (
      <AccountBar
        principal={state.principal}
        busy={state.signingOut}
        failed={state.signOutFailed}
        onSignOut={(everywhere) => session.signOut(everywhere)}
      />
    );
    if (hasRole(state.principal, roles)) {
      // Keyed by person: someone else signing in remounts the screen, so nothing of the last one stays.
      return <Fragment key={state.principal.userId}>{children(state.principal, account)}</Fragment>;
    }
    return (
      <>
        <StaffHeader screen={screen} heading={noAccess.heading} account={account} />
        <main className="staff-main">
          <p data-testid="no-access">{noAccess.body}</p>
        </main>
      </>
    );
  }
  if (state.status === 'signedOut') {
    return (
      <>
        <StaffHeader screen={screen} heading={t('signIn.title')} />
        <main className="staff-main">
          <SignInForm
            problem={state.problem}
            ended={state.ended}
            busy={state.busy}
            onSignIn={(username, password) => session.signIn(username, password)}
          />
        </main>
      </>
    );
  }
  return (
    <>
      <StaffHeader screen={screen} heading={screen} />
      <main className="staff-main">
        {state.status === 'unreachable' ? (
          <>
            <div role="alert" className="error-summary">
              {t('unreachable')}
            </div>
            <button type="button" className="button" onClick={() => session.check()}>
              {t('tryAgain')}
            </button>
          </>
        ) : (
          <p role="status">{t('checking')}</p>
        )}
      </main>
    </>
  );
}
