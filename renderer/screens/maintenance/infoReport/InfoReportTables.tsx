// The information visits as two tables of plain numbers: per language (visits, printed a slip, ended in a
// ticket) with a total, and per topic and language (views, printed, tickets).
import type { InfoContent, InfoVisitReport } from '../../../../machines/contracts/info.js';
import { t } from './infoReportText.js';
import { languageRows, topicRows, totalRow } from './reportRows.js';

interface Props {
  report: InfoVisitReport;
  content: Pick<InfoContent, 'topics'> | null;
}

export function InfoReportTables({ report, content }: Props) {
  const total = totalRow(report);
  const range = { from: report.from, to: report.to };
  return (
    <>
      <table className="table" data-testid="info-report-languages">
        <caption>{t('languages.caption', range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.language')}</th>
            <th scope="col">{t('col.visits')}</th>
            <th scope="col">{t('col.printed')}</th>
            <th scope="col">{t('col.tickets')}</th>
          </tr>
        </thead>
        <tbody>
          {languageRows(report).map((row) => (
            <tr key={row.language} data-testid={`info-language-${row.language}`}>
              <th scope="row">{row.name}</th>
              <td>{row.visits}</td>
              <td>{row.printed}</td>
              <td>{row.tickets}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="info-report-total">
            <th scope="row">{t('total')}</th>
            <td>{total.visits}</td>
            <td>{total.printed}</td>
            <td>{total.tickets}</td>
          </tr>
        </tfoot>
      </table>
      <table className="table" data-testid="info-report-topics">
        <caption>{t('topics.caption', range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.topic')}</th>
            <th scope="col">{t('col.language')}</th>
            <th scope="col">{t('col.views')}</th>
            <th scope="col">{t('col.printed')}</th>
            <th scope="col">{t('col.tickets')}</th>
          </tr>
        </thead>
        <tbody>
          {topicRows(report, content).map((row) => (
            <tr
              key={`${row.topicId}|${row.language}`}
              data-testid={`info-topic-${row.topicId}-${row.language}`}
            >
              <th scope="row" lang="en">
                {row.title}
              </th>
              <td>{row.languageName}</td>
              <td>{row.views}</td>
              <td>{row.printed}</td>
              <td>{row.tickets}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
