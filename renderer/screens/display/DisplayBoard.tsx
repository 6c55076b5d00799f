// What the lobby sees: the call now being made, the recent calls, the hub's clock. Ticket numbers and counters only.
import type { PublicCall } from '../../../machines/contracts/ticket.js';
import type { Translate } from '../../../machines/i18n/translate.js';
import type { ConnectionState } from '../../bridge/hubBridge.js';
import type { SoundState } from './chime.js';

/** How many calls the recent list shows (the current one included, newest first). */
export const recentShown = 6;

interface Props {
  t: Translate;
  calls: PublicCall[];
  clock: string | null;
  connection: ConnectionState;
  sound: SoundState;
  onStartSound: () => void;
}

export function DisplayBoard({ t, calls, clock, connection, sound, onStartSound }: Props) {
  const current = calls[0] ?? null;
  return (
    <main className="display">
      <header className="display__top">
        <h1 className="display__title">{t('title')}</h1>
        {clock && (
          <p className="display__clock">
            <span className="visually-hidden">{t('clock.label')}: </span>
            {clock}
          </p>
        )}
      </header>
      <section className="now" aria-live="polite" aria-atomic="true">
        {current ? (
          <>
            <div className="now__block">
              <p className="now__label">{t('ticket')}</p>
              <p className="now__ticket" data-testid="now-calling-ticket">
                {current.ticketNumber}
              </p>
            </div>
            <div className="now__block now__block--counter">
              <p className="now__label">{t('counter')}</p>
              <p className="now__counter" data-testid="now-calling-counter">
                {current.counterName}
              </p>
            </div>
          </>
        ) : (
          <p className="now__waiting">{t('waiting')}</p>
        )}
      </section>
      <section className="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="recent__heading">
          {t('recent.heading')}
        </h2>
        {calls.length === 0 ? (
          <p className="recent__empty">{t('recent.empty')}</p>
        ) : (
          <ol className="recent__list" data-testid="recent-calls">
            {calls.slice(0, recentShown).map((call) => (
              <li key={call.callId} className="recent__item">
                <span className="recent__ticket">{call.ticketNumber}</span>
                <span className="recent__counter">
                  {t('counter')} {call.counterName}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <footer className="display__status">
        <p role="status" className="display__connection">
          {connection === 'reconnecting' ? t('connection.reconnecting') : ''}
        </p>
        {sound === 'blocked' && (
          <div className="display__sound">
            <p id="sound-hint">{t('sound.hint')}</p>
            <button
              type="button"
              className="display__sound-button"
              aria-describedby="sound-hint"
              onClick={onStartSound}
            >
              {t('sound.start')}
            </button>
          </div>
        )}
      </footer>
    </main>
  );
}
