// Information visits (supervisors, administrators): from and to dates on the site's calendar (the last 7 days
// by default), then how many anonymous information visits there were per language and per topic.
import { type FormEvent, useCallback, useState } from 'react';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { DateRangeFields } from '../DateRangeFields.js';
import { useHubList } from '../useHubList.js';
import { InfoReportTables } from './InfoReportTables.js';
import { t } from './infoReportText.js';
import { type DateRange, isValidRange, lastDays } from './reportRows.js';

interface Props {
  bridge: HubBridge;
  timeZone: string;
  /** The clock the default range ends on (defaults to now). */
  now?: Date;
}

export function InfoReportPanel({ bridge, timeZone, now }: Props) {
  const [draft, setDraft] = useState<DateRange>(() => lastDays(now ?? new Date(), timeZone));
  const [applied, setApplied] = useState<DateRange>(draft);
  const [rangeError, setRangeError] = useState(false);
  const load = useCallback(
    () => bridge.call('infoVisitReport', { query: { from: applied.from, to: applied.to } }),
    [bridge, applied.from, applied.to],
  );
  const [report, reload] = useHubList(load);
  const loadContent = useCallback(() => bridge.call('getInfoContent', {}), [bridge]);
  const [content] = useHubList(loadContent);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = isValidRange(draft);
    setRangeError(!valid);
    if (!valid) return;
    if (draft.from === applied.from && draft.to === applied.to) reload();
    else setApplied(draft);
  };

  return (
    <section
      className="panel panel--wide"
      aria-labelledby="info-report-heading"
      data-testid="info-report-panel"
    >
      <h2 id="info-report-heading">{t('heading')}</h2>
      <p className="muted">{t('lead')}</p>
      <form className="info-report-form" onSubmit={submit} noValidate>
        <DateRangeFields
          idPrefix="info-report"
          labels={{ from: t('from'), to: t('to'), error: t('error.range') }}
          draft={draft}
          onChange={setDraft}
          rangeError={rangeError}
        />
        <button type="submit" className="button button--primary">
          {t('show')}
        </button>
      </form>
      <div aria-live="polite">
        {report.status === 'loading' && <p role="status">{t('loading')}</p>}
        {report.status === 'forbidden' && <p role="alert">{t('forbidden')}</p>}
        {report.status === 'failed' && (
          <p role="alert" className="error-summary">
            {t('failed')}
          </p>
        )}
        {report.status === 'loaded' &&
          (report.value.visits === 0 ? (
            <p data-testid="info-report-empty">
              {t('empty', { from: report.value.from, to: report.value.to })}
            </p>
          ) : (
            <InfoReportTables
              report={report.value}
              content={content.status === 'loaded' ? content.value : null}
            />
          ))}
      </div>
    </section>
  );
}
