// The lobby display's on-screen strings (English; spoken text follows each call's language).
import { translator } from '../../../machines/i18n/translate.js';
import { catalogs } from '../../i18n/catalogs.js';

export const t = translator(catalogs, 'en', 'display');
