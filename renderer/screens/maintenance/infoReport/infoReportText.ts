// The information visits panel's strings (the `infoReport` catalog; staff screens read English).
import { translator } from '../../../../machines/i18n/translate.js';
import { catalogs } from '../../../i18n/catalogs.js';

export const t = translator(catalogs, 'en', 'infoReport');
