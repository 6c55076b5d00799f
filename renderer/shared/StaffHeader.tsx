// The staff screens' page header: service line, the page's one h1, and (once signed in) the account bar.
import type { ReactNode } from 'react';
import { authText as t } from './authText.js';

interface Props {
  /** The screen's name, shown on the service line (e.g. "Front desk"). */
  screen: string;
  heading: string;
  account?: ReactNode;
}

export function StaffHeader({ screen, heading, account }: Props) {
  return (
    <header className="staff-header">
      <div className="staff-header__inner">
        <div>
          <p className="staff-header__service">
            {t('service')} · {screen}
          </p>
          <h1>{heading}</h1>
        </div>
        {account}
      </div>
    </header>
  );
}
