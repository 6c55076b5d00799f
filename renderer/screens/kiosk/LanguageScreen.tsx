// Choose your language: the question asked in every site language, then one button per language.
import { Fragment } from 'react';
import { translator } from '../../../machines/i18n/translate.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { catalogs } from '../../i18n/catalogs.js';
import { textDirection } from '../../i18n/direction.js';
import { LanguageButtons } from './LanguageButtons.js';
import { Screen } from './Screen.js';

interface LanguageScreenProps {
  languages: readonly string[];
  current: string;
  send: (event: KioskFlowEvent) => void;
}

export function LanguageScreen({ languages, current, send }: LanguageScreenProps) {
  const title = languages.map((lang, i) => (
    <Fragment key={lang}>
      {i > 0 && <span aria-hidden="true"> / </span>}
      <span lang={lang} dir={textDirection(lang)}>
        {translator(catalogs, lang, 'kiosk')('language.title')}
      </span>
    </Fragment>
  ));
  return (
    <Screen title={title} onBack={() => send({ type: 'visit.back' })}>
      <LanguageButtons languages={languages} current={current} send={send} />
    </Screen>
  );
}
