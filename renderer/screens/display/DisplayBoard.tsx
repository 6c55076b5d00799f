// What the lobby sees: the call now being made, the recent calls, the notices showing, the caption of what is
// being said, the hub's clock. Ticket numbers and counters only. An emergency notice takes the whole screen.
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import type { PublicCall } from '../../../machines/contracts/ticket.js';
import type { Translate } from '../../../machines/i18n/translate.js';
import type { ConnectionState } from '../../bridge/hubBridge.js';
import { textDirection } from '../../i18n/direction.js';
import type { SoundState } from './chime.js';
import { EmergencyNotice } from './EmergencyNotice.js';
import { NoticesPanel } from './NoticesPanel.js';

/** How many calls the recent list shows (the current one included, newest first). */
export const recentShown = 6;

interface Props {
  t: Translate;
  calls: PublicCall[];
  clock: string | null;
  connection: ConnectionState;
  sound: SoundState;
  onStartSound: () => void;
  /** The notices showing now, emergencies first (`activeNotices`). */
  notices?: DeviceNotice[];
  /** The notice text being spoken now, in its language. */
  caption?: { text: string; language: string } | null;
}

export function DisplayBoard(props: Props) {
  const { t, calls, clock, notices = [], caption = null } = props;
  const emergencies = notices.filter((n) => n.severity === 'emergency');
  const current = calls[0] ?? null;
  if (emergencies.length > 0) {
    return (
      <main className="display display--emergency">
        <Top t={t} title={t('emergency.title')} clock={clock} />
        <EmergencyNotice t={t} emergencies={emergencies} />
        <Caption t={t} caption={caption} />
        <Status {...props} />
      </main>
    );
  }
  return (
    <main className="display">
      <Top t={t} title={t('title')} clock={clock} />
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
      <NoticesPanel t={t} notices={notices} />
      <Caption t={t} caption={caption} />
      <Status {...props} />
    </main>
  );
}

function Top({ t, title, clock }: { t: Translate; title: string; clock: string | null }) {
  return (
    <header className="display__top">
      <h1 className="display__title">{title}</h1>
      {clock && (
        <p className="display__clock">
          <span className="visually-hidden">{t('clock.label')}: </span>
          {clock}
        </p>
      )}
    </header>
  );
}

/** The words of the notice being spoken, for visitors who cannot hear it (calls are captioned by the board). */
function Caption({ t, caption }: { t: Translate; caption: Props['caption'] }) {
  return (
    <p className="caption" data-testid="display-caption">
      {caption && (
        <>
          <span className="visually-hidden">{t('caption.label')}: </span>
          <span lang={caption.language} dir={textDirection(caption.language)}>
            {caption.text}
          </span>
        </>
      )}
    </p>
  );
}

function Status({ t, connection, sound, onStartSound }: Props) {
  return (
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
  );
}
