// The bar at the top of every kiosk screen: Start over, Language, Display options and Help, always in the same
// place (Help last).
import { Fragment } from 'react';
import { translator } from '../../../machines/i18n/translate.js';
import { catalogs } from '../../i18n/catalogs.js';
import { useText } from './kioskText.js';
import { SpeechToggle } from './SpeechToggle.js';

interface TopBarProps {
  /** Site languages; the Language button names itself in each, so anyone can find it. */
  languages: readonly string[];
  onHelp: () => void;
  /** Opens the display options (large text, high contrast, seated layout). */
  onDisplay: () => void;
  onLanguage?: () => void;
  onRestart?: () => void;
}

export function TopBar({ languages, onHelp, onDisplay, onLanguage, onRestart }: TopBarProps) {
  const { t } = useText();
  return (
    <header className="topbar">
      <p className="topbar__title">{t('bar.title')}</p>
      <nav className="topbar__actions" aria-label={t('bar.title')}>
        {onRestart && (
          <button type="button" className="button button--bar" data-testid="bar-restart" onClick={onRestart}>
            <span aria-hidden="true" className="button__icon">
              ↺
            </span>{' '}
            {t('bar.restart')}
          </button>
        )}
        {onLanguage && (
          <button
            type="button"
            className="button button--bar button--language"
            data-testid="bar-language"
            onClick={onLanguage}
          >
            {languages.map((lang, i) => (
              <Fragment key={lang}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <span lang={lang}>{translator(catalogs, lang, 'kiosk')('bar.language')}</span>
              </Fragment>
            ))}
          </button>
        )}
        <button type="button" className="button button--bar" data-testid="bar-display" onClick={onDisplay}>
          <span aria-hidden="true" className="button__icon">
            Aa
          </span>{' '}
          {t('bar.display')}
        </button>
        <SpeechToggle />
        <button type="button" className="button button--bar" data-testid="bar-help" onClick={onHelp}>
          <span aria-hidden="true" className="button__icon">
            ?
          </span>{' '}
          {t('bar.help')}
        </button>
      </nav>
    </header>
  );
}
