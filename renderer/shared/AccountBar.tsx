// Who is signed in, with Sign out and Sign out everywhere (ends this person's sessions on every computer).

import { authText as t } from './authText.js';
import type { StaffPrincipal } from './staffSession.js';

interface Props {
  principal: StaffPrincipal;
  busy: boolean;
  failed: boolean;
  onSignOut: (everywhere: boolean) => void;
}

export function AccountBar({ principal, busy, failed, onSignOut }: Props) {
  const act = (everywhere: boolean) => () => {
    if (!busy) onSignOut(everywhere);
  };
  return (
    <section className="account" aria-label={t('account.label')}>
      <p className="account__who" data-testid="signed-in-as">
        {t('account.signedInAs', { name: principal.displayName, role: t(`role.${principal.role}`) })}
      </p>
      <div className="account__actions">
        <button type="button" className="button button--small" aria-disabled={busy} onClick={act(false)}>
          {t('account.signOut')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-disabled={busy}
          aria-describedby="sign-out-everywhere-hint"
          onClick={act(true)}
        >
          {t('account.signOutEverywhere')}
        </button>
        <span id="sign-out-everywhere-hint" className="visually-hidden">
          {t('account.signOutEverywhereHint')}
        </span>
      </div>
      {failed && (
        <p role="alert" className="account__error">
          {t('account.signOutFailed')}
        </p>
      )}
    </section>
  );
}
