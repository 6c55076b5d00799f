// Screens with no question: starting up, unavailable (no setup), getting the ticket, and a ticket that failed.
import { translator } from '../../../machines/i18n/translate.js';
import type { IssueErrorKind, KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { catalogs } from '../../i18n/catalogs.js';
import { catalogLanguages, type KioskText, useText } from './kioskText.js';
import { Screen } from './Screen.js';

export function LoadingScreen() {
  const { t } = useText();
  return (
    <section className="screen screen--status">
      <div className="spinner" aria-hidden="true" />
      <p role="status">{t('loading.status')}</p>
    </section>
  );
}

/** Shown in every language the kiosk has words for: the site's language list is what failed to load. */
export function UnavailableScreen() {
  const [first, ...others] = catalogLanguages().map((lang) => ({
    lang,
    t: translator(catalogs, lang, 'kiosk'),
  }));
  if (!first) return null;
  return (
    <Screen
      title={first.t('unavailable.title')}
      lead={first.t('unavailable.body')}
      className="screen--status"
    >
      {others.map(({ lang, t }) => (
        <div key={lang} lang={lang} className="screen__other-language">
          <h2 className="screen__subtitle">{t('unavailable.title')}</h2>
          <p className="screen__lead">{t('unavailable.body')}</p>
        </div>
      ))}
    </Screen>
  );
}

export function IssuingScreen() {
  const { t } = useText();
  return (
    <section className="screen screen--status">
      <div className="spinner" aria-hidden="true" />
      <p role="status" className="screen__lead">
        {t('issuing.status')}
      </p>
    </section>
  );
}

interface IssueFailedScreenProps {
  kind: IssueErrorKind | null;
  /** The service the visitor chose (named when this kiosk has no numbers left for it). */
  serviceId: string | null;
  send: (event: KioskFlowEvent) => void;
}

/** What went wrong, in the visitor's words; "Try again" only when trying again can help. */
function failedSentence({ t, service }: KioskText, kind: IssueErrorKind | null, serviceId: string | null) {
  if (kind === 'queue-full') return t('failed.queueFull');
  if (kind === 'lease-exhausted') {
    return t('failed.leaseExhausted', { service: serviceId ? service(`${serviceId}.name`) : '' });
  }
  return t('failed.unavailable');
}

export function IssueFailedScreen({ kind, serviceId, send }: IssueFailedScreenProps) {
  const text = useText();
  const { t } = text;
  const canRetry = kind !== 'queue-full' && kind !== 'lease-exhausted';
  return (
    <Screen
      title={t('failed.title')}
      testId={kind === 'lease-exhausted' ? 'no-numbers-left' : 'issue-failed'}
    >
      <p role="alert" className="screen__lead">
        {failedSentence(text, kind, serviceId)}
      </p>
      {canRetry && (
        <button
          type="button"
          className="button button--primary"
          onClick={() => send({ type: 'visit.retry' })}
        >
          {t('failed.retry')}
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => send({ type: 'visit.restart' })}
      >
        {t('bar.restart')}
      </button>
    </Screen>
  );
}
