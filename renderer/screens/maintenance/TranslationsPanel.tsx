// Translations (everyone in maintenance): for each kiosk language other than English, the catalogs no qualified
// translator has reviewed yet and those missing (shown in English), so a supervisor knows what to send for review.
import { translationReview } from '../../../machines/i18n/translationReview.js';
import { catalogs } from '../../i18n/catalogs.js';
import { t } from './maintenanceText.js';

const englishName = new Intl.DisplayNames(['en'], { type: 'language' });

export function TranslationsPanel({ languages }: { languages: readonly string[] }) {
  const rows = translationReview(catalogs, languages);
  const open = rows.filter((row) => row.unreviewed.length > 0 || row.missing.length > 0);
  return (
    <section className="panel panel--wide" aria-labelledby="translations-heading" data-testid="translations">
      <h2 id="translations-heading">{t('translations.heading')}</h2>
      <p className="muted">{t('translations.lead')}</p>
      {open.length === 0 ? (
        <p data-testid="translations-all-reviewed">{t('translations.allReviewed')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('translations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('translations.col.language')}</th>
              <th scope="col">{t('translations.col.unreviewed')}</th>
              <th scope="col">{t('translations.col.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {open.map((row) => (
              <tr key={row.language} data-testid={`translations-${row.language}`}>
                <th scope="row">
                  {englishName.of(row.language) ?? row.language} ({row.language})
                </th>
                <td>{row.unreviewed.join(', ') || t('translations.none')}</td>
                <td>{row.missing.join(', ') || t('translations.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
