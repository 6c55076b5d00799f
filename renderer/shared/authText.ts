// The staff screens' sign-in and account strings (the `auth` catalog, English like the rest of the staff screens).
import { translator } from '../../machines/i18n/translate.js';
import { catalogs } from '../i18n/catalogs.js';

export const authText = translator(catalogs, 'en', 'auth');
