// The desk's English strings (the `desk` catalog), plus the counter remembered on this computer.
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { translator } from '../../../machines/i18n/translate.js';
import { catalogs } from '../../i18n/catalogs.js';

export const t = translator(catalogs, 'en', 'desk');

const counterKey = 'lobby311.desk.counterId';

/** The remembered counter if it still exists in the site config. */
export function rememberedCounter(
  site: SiteConfig,
  storage: Pick<Storage, 'getItem'> = localStorage,
): string | null {
  const id = storage.getItem(counterKey);
  return id !== null && site.counters.some((c) => c.id === id) ? id : null;
}

export function rememberCounter(counterId: string, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(counterKey, counterId);
}
