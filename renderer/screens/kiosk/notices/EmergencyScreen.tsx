// An emergency notice replacing the whole kiosk flow: full screen, high contrast, nothing moving. The notice in
// the language the visitor had chosen (first) and in English, and a button for each other language it has.
import { useEffect, useRef, useState } from 'react';
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import { textDirection } from '../../../i18n/direction.js';
import { useText } from '../kioskText.js';

interface EmergencyScreenProps {
  notice: DeviceNotice;
  /** The language the visitor had chosen before the takeover (null: none). */
  visitLanguage: string | null;
}

/** A language's own name in that language, from the platform ("Español", "Русский"). */
function ownName(language: string): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
}

/** The languages shown at once: the visitor's (when the notice has it), then English, then one chosen. */
export function emergencyLanguages(
  notice: DeviceNotice,
  visitLanguage: string | null,
  chosen: string | null,
) {
  const wanted = [visitLanguage, 'en', chosen].filter(
    (lang): lang is string => lang !== null && notice.messages[lang] !== undefined,
  );
  return [...new Set(wanted)];
}

export function EmergencyScreen({ notice, visitLanguage }: EmergencyScreenProps) {
  const { info: t } = useText();
  const [chosen, setChosen] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = emergencyLanguages(notice, visitLanguage, chosen);
  const others = Object.keys(notice.messages).filter((lang) => !shown.includes(lang));
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section
      className="emergency"
      role="alert"
      aria-labelledby="emergency-headline-0"
      data-testid="emergency-notice"
    >
      <p className="emergency__label">{t('emergency.label')}</p>
      {shown.map((lang, index) => {
        const message = notice.messages[lang];
        if (!message) return null;
        const Heading = index === 0 ? 'h1' : 'h2';
        return (
          <div
            key={lang}
            lang={lang}
            dir={textDirection(lang)}
            className="emergency__message"
            data-testid={`emergency-${lang}`}
          >
            <Heading
              id={`emergency-headline-${index}`}
              ref={index === 0 ? heading : undefined}
              tabIndex={-1}
              className="emergency__headline"
            >
              {message.headline}
            </Heading>
            {message.body !== '' && <p className="emergency__body">{message.body}</p>}
          </div>
        );
      })}
      {others.length > 0 && (
        <nav className="emergency__languages" aria-label={t('emergency.otherLanguages')}>
          <p className="emergency__languages-title">{t('emergency.otherLanguages')}</p>
          {others.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={lang}
              dir={textDirection(lang)}
              className="button button--emergency"
              onClick={() => setChosen(lang)}
            >
              {ownName(lang)}
            </button>
          ))}
        </nav>
      )}
    </section>
  );
}
