// The service-level report as two accessible tables: figures per group with a total row, then per counter.
import type { ServiceLevelReport, ServiceLevelRow } from '../../../machines/contracts/serviceLevels.js';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { t } from './maintenanceText.js';
import { formatMinutes, formatRate, formatWholeMinutes, groupLabel, leftText } from './serviceLevelFormat.js';

function Figures({ row }: { row: ServiceLevelRow }) {
  return (
    <>
      <td>{row.visitors}</td>
      <td>{row.called}</td>
      <td>{formatMinutes(row.waitP50Minutes)}</td>
      <td>{formatMinutes(row.waitP90Minutes)}</td>
      <td>{formatMinutes(row.walkMeanMinutes)}</td>
      <td>{formatMinutes(row.serviceMeanMinutes)}</td>
      <td>{formatRate(row.calledWithinTarget)}</td>
      <td>{formatRate(row.noShowRate)}</td>
      <td>{leftText(row)}</td>
      <td>{formatRate(row.firstContactResolution)}</td>
    </>
  );
}

export function ServiceLevelTable({ report, site }: { report: ServiceLevelReport; site: SiteConfig | null }) {
  const { by, from, to } = report;
  return (
    <table className="table" data-testid="service-levels-table">
      <caption>{t('levels.caption', { from, to, by })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('levels.col.group', { by })}</th>
          <th scope="col">{t('levels.col.visitors')}</th>
          <th scope="col">{t('levels.col.called')}</th>
          <th scope="col">{t('levels.col.waitP50')}</th>
          <th scope="col">{t('levels.col.waitP90')}</th>
          <th scope="col">{t('levels.col.walk')}</th>
          <th scope="col">{t('levels.col.service')}</th>
          <th scope="col">{t('levels.col.withinTarget', { minutes: report.targetMinutes })}</th>
          <th scope="col">{t('levels.col.noShow')}</th>
          <th scope="col">{t('levels.col.left')}</th>
          <th scope="col">{t('levels.col.firstContact')}</th>
        </tr>
      </thead>
      <tbody>
        {report.rows.map((row) => {
          const label = groupLabel(row, by, site);
          return (
            <tr key={`${row.serviceId ?? ''}|${row.hour ?? ''}|${row.language ?? ''}`}>
              <th scope="row">{label}</th>
              <Figures row={row} />
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr data-testid="service-levels-total">
          <th scope="row">{t('levels.total')}</th>
          <Figures row={report.total} />
        </tr>
      </tfoot>
    </table>
  );
}

export function CounterFiguresTable({
  report,
  site,
}: {
  report: ServiceLevelReport;
  site: SiteConfig | null;
}) {
  if (report.counters.length === 0) return <p>{t('levels.counters.empty')}</p>;
  return (
    <table className="table" data-testid="counter-figures-table">
      <caption>{t('levels.counters.caption', { from: report.from, to: report.to })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('levels.counters.col.counter')}</th>
          <th scope="col">{t('levels.counters.col.signedIn')}</th>
          <th scope="col">{t('levels.counters.col.break')}</th>
          <th scope="col">{t('levels.counters.col.serving')}</th>
          <th scope="col">{t('levels.counters.col.idle')}</th>
        </tr>
      </thead>
      <tbody>
        {report.counters.map((c) => (
          <tr key={c.counterId}>
            <th scope="row">{site?.counters.find((k) => k.id === c.counterId)?.name ?? c.counterId}</th>
            <td>{formatWholeMinutes(c.signedInMinutes)}</td>
            <td>{formatWholeMinutes(c.breakMinutes)}</td>
            <td>{formatWholeMinutes(c.servingMinutes)}</td>
            <td>{formatWholeMinutes(c.idleWhileWaitingMinutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
