// Service levels (supervisors, administrators): a date range (today by default) and a grouping, the figures
// per group with a total and per counter, and the same figures as a CSV download.
import { type FormEvent, useCallback, useState } from 'react';
import {
  ServiceLevelGrouping,
  type ServiceLevelQuery,
  type ServiceLevelReport,
} from '../../../machines/contracts/serviceLevels.js';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { SelectField } from '../../shared/SelectField.js';
import { DateRangeFields } from './DateRangeFields.js';
import { t } from './maintenanceText.js';
import { CounterFiguresTable, ServiceLevelTable } from './ServiceLevelTables.js';
import { exportHref, isValidRange } from './serviceLevelFormat.js';
import { type ListState, useHubList } from './useHubList.js';

interface Props {
  bridge: HubBridge;
  site: SiteConfig | null;
  /** The hub's service day, the default range. */
  today: string;
}

type Query = Required<ServiceLevelQuery>;

export function ServiceLevelsPanel({ bridge, site, today }: Props) {
  const [draft, setDraft] = useState<Query>({ from: today, to: today, by: 'service' });
  const [applied, setApplied] = useState<Query>(draft);
  const [rangeError, setRangeError] = useState(false);
  const load = useCallback(
    () => bridge.call('serviceLevels', { query: { from: applied.from, to: applied.to, by: applied.by } }),
    [bridge, applied.from, applied.to, applied.by],
  );
  const [report, reload] = useHubList(load);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = isValidRange(draft.from, draft.to);
    setRangeError(!valid);
    if (!valid) return;
    if (draft.from === applied.from && draft.to === applied.to && draft.by === applied.by) reload();
    else setApplied(draft);
  };

  return (
    <section className="panel panel--wide" aria-labelledby="levels-heading">
      <h2 id="levels-heading">{t('levels.heading')}</h2>
      <p className="muted">{t('levels.lead')}</p>
      <form className="levels-form" onSubmit={submit} noValidate>
        <DateRangeFields
          idPrefix="levels"
          labels={{ from: t('levels.from'), to: t('levels.to'), error: t('levels.error.range') }}
          draft={draft}
          onChange={setDraft}
          rangeError={rangeError}
        />
        <SelectField
          id="levels-by"
          label={t('levels.by')}
          value={draft.by}
          onChange={(by) => setDraft({ ...draft, by: ServiceLevelGrouping.parse(by) })}
          options={ServiceLevelGrouping.options.map((by) => ({ value: by, label: t(`levels.by.${by}`) }))}
        />
        <button type="submit" className="button button--primary">
          {t('levels.show')}
        </button>
      </form>
      <ReportView report={report} site={site} query={applied} />
    </section>
  );
}

function ReportView({
  report,
  site,
  query,
}: {
  report: ListState<ServiceLevelReport>;
  site: SiteConfig | null;
  query: Query;
}) {
  if (report.status === 'loading') return <p role="status">{t('levels.loading')}</p>;
  if (report.status === 'forbidden') return <p role="alert">{t('error.forbidden')}</p>;
  if (report.status === 'failed') {
    return (
      <p role="alert" className="error-summary">
        {t('levels.loadFailed')}
      </p>
    );
  }
  return (
    <>
      <p>
        <a href={exportHref(query)} download className="link" aria-describedby="levels-download-hint">
          {t('levels.download')}
        </a>{' '}
        <span id="levels-download-hint" className="muted">
          {t('levels.downloadHint')}
        </span>
      </p>
      {report.value.total.visitors === 0 && <p>{t('levels.empty')}</p>}
      <ServiceLevelTable report={report.value} site={site} />
      <h3>{t('levels.counters.heading')}</h3>
      <CounterFiguresTable report={report.value} site={site} />
    </>
  );
}
