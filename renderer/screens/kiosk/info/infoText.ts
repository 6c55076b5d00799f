// The `info` namespace translator (Find information, notices, closing early) for one language; usable outside
// the kiosk's text context, e.g. by the maintenance editor's preview.
import { type Translate, translator } from '../../../../machines/i18n/translate.js';
import { catalogs } from '../../../i18n/catalogs.js';

export function infoText(language: string): Translate {
  return translator(catalogs, language, 'info');
}
