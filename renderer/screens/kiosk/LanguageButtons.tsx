// One button per site language, each named in its own language (endonym) with its own `lang`; no flags.
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { textDirection } from '../../i18n/direction.js';
import { endonym } from './kioskText.js';

interface LanguageButtonsProps {
  languages: readonly string[];
  current?: string;
  send: (event: KioskFlowEvent) => void;
}

export function LanguageButtons({ languages, current, send }: LanguageButtonsProps) {
  return (
    <ul className="choices choices--languages">
      {languages.map((lang) => (
        <li key={lang}>
          <button
            type="button"
            lang={lang}
            dir={textDirection(lang)}
            className="button button--choice"
            aria-current={lang === current ? 'true' : undefined}
            onClick={() => send({ type: 'language.chosen', language: lang })}
          >
            {endonym(lang)}
          </button>
        </li>
      ))}
    </ul>
  );
}
