// The notices panel's strings (the `noticesAdmin` catalog; staff screens read English).
import { translator } from '../../../../machines/i18n/translate.js';
import { catalogs } from '../../../i18n/catalogs.js';

export const t = translator(catalogs, 'en', 'noticesAdmin');
