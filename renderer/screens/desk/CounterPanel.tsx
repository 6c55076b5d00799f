// The counter's session: its status, Sign in, a break with a reason and Back, Sign out (with a warning when
// signing out would end visits; Escape keeps the counter open) and Change counter.
import { type KeyboardEvent, useState } from 'react';
import { BreakReason, type CounterState } from '../../../machines/contracts/floor.js';
import { SelectField } from '../../shared/SelectField.js';
import { t } from './deskText.js';

export type CounterMode = 'connecting' | 'signedOut' | 'open' | 'onBreak' | 'confirmingSignOut';

interface Props {
  counterName: string;
  mode: CounterMode;
  counter: CounterState | null;
  busy: boolean;
  /** Visitor being served here, and how many are parked (for the sign-out warning). */
  servingNumber: string | null;
  parkedCount: number;
  on: {
    signIn: () => void;
    startBreak: (reason: BreakReason) => void;
    back: () => void;
    signOut: () => void;
    confirmSignOut: () => void;
    cancelSignOut: () => void;
    change: () => void;
  };
}

function statusText(props: Props): string {
  const { counterName: counter, mode, counter: state } = props;
  if (mode === 'connecting') return t('counter.status.connecting', { counter });
  if (mode === 'onBreak') {
    return t('counter.status.break', { counter, reason: t(`break.${state?.breakReason ?? 'other'}`) });
  }
  if (mode === 'signedOut') {
    return state && state.status !== 'closed'
      ? t('counter.status.inUse', { counter, name: state.staffName ?? '' })
      : t('counter.status.closed', { counter });
  }
  return t('counter.status.open', { counter });
}

export function CounterPanel(props: Props) {
  const { counterName, mode, busy, on } = props;
  const [reason, setReason] = useState<BreakReason>('rest');
  const guard = (action: () => void) => () => {
    if (!busy) action();
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    on.cancelSignOut();
  };
  return (
    <section className="panel panel--quiet" aria-labelledby="session-heading">
      <h2 id="session-heading">{t('counter.heading.session')}</h2>
      <p data-testid="counter-status">{statusText(props)}</p>
      {mode === 'signedOut' && (
        <div className="button-row">
          <button
            id="counter-sign-in"
            type="button"
            className="button button--primary"
            aria-disabled={busy}
            onClick={guard(on.signIn)}
          >
            {t('counter.signIn', { counter: counterName })}
          </button>
          <button type="button" className="button" onClick={guard(on.change)}>
            {t('counter.change')}
          </button>
        </div>
      )}
      {mode === 'open' && (
        <div className="stack">
          <SelectField
            id="break-reason"
            label={t('counter.breakReason')}
            value={reason}
            onChange={(value) => setReason(BreakReason.parse(value))}
            options={BreakReason.options.map((r) => ({ value: r, label: t(`break.${r}`) }))}
          />
          <div className="button-row">
            <button
              type="button"
              className="button"
              aria-disabled={busy}
              onClick={guard(() => on.startBreak(reason))}
            >
              {t('counter.startBreak')}
            </button>
            <button
              id="counter-sign-out"
              type="button"
              className="button"
              aria-disabled={busy}
              onClick={guard(on.signOut)}
            >
              {t('counter.signOut')}
            </button>
          </div>
        </div>
      )}
      {mode === 'onBreak' && (
        <div className="button-row">
          <button
            id="counter-back"
            type="button"
            className="button button--primary"
            aria-disabled={busy}
            onClick={guard(on.back)}
          >
            {t('counter.back')}
          </button>
          <button
            id="counter-sign-out"
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={guard(on.signOut)}
          >
            {t('counter.signOut')}
          </button>
        </div>
      )}
      {mode === 'confirmingSignOut' && (
        <section className="warning-box" aria-labelledby="sign-out-warning" onKeyDown={cancelOnEscape}>
          <h3 id="sign-out-warning" tabIndex={-1}>
            {t('counter.confirm.heading')}
          </h3>
          {props.servingNumber && <p>{t('counter.confirm.serving', { ticket: props.servingNumber })}</p>}
          {props.parkedCount > 0 && <p>{t('counter.confirm.parked', { count: props.parkedCount })}</p>}
          <div className="button-row">
            <button
              id="sign-out-confirm"
              type="button"
              className="button button--warning"
              onClick={on.confirmSignOut}
            >
              {t('counter.confirm.yes')}
            </button>
            <button type="button" className="button" onClick={on.cancelSignOut}>
              {t('counter.confirm.no')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
