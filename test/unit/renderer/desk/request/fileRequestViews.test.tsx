// The desk's request form renders what staff and screen readers need: a service search and a grouped list, each
// question as the control for its datatype with "(required)" marked, the place and the description with its
// count, an error summary linking to each field, and the receipt with "Complete visit: case created".
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CaseReceipt, FieldProblem } from '../../../../../machines/contracts/caseRequests.js';
import type { HubBridge } from '../../../../../renderer/bridge/hubBridge.js';
import { FileRequest } from '../../../../../renderer/screens/desk/request/FileRequest.js';
import { ProblemSummary } from '../../../../../renderer/screens/desk/request/ProblemSummary.js';
import { RequestFields } from '../../../../../renderer/screens/desk/request/RequestFields.js';
import { RequestReceipt } from '../../../../../renderer/screens/desk/request/RequestReceipt.js';
import { emptyDraft } from '../../../../../renderer/screens/desk/request/requestDraft.js';
import { fieldLabel, problemText } from '../../../../../renderer/screens/desk/request/requestText.js';
import { site, ticket } from '../deskFixtures.js';
import { catalog } from './catalogFixture.js';

const noop = () => {};
const textOf = (problem: FieldProblem) => problemText(problem, fieldLabel(catalog, 'pothole', problem.field));

const fields = (problems: Parameters<typeof RequestFields>[0]['problems'] = []) =>
  renderToStaticMarkup(
    <RequestFields
      prefix="request"
      catalog={catalog}
      draft={{ ...emptyDraft(), serviceCode: 'pothole', location: 'address' }}
      onChange={noop}
      problems={problems}
      textOf={textOf}
    />,
  );

describe('request form fields', () => {
  it('offers a service search and the services grouped', () => {
    const html = fields();
    expect(html).toMatch(/<label for="request-service-search"[^>]*>Find a service<\/label>/);
    expect(html).toContain('3 services match');
    expect(html).toMatch(/<label for="request-service"[^>]*>Service \(required\)<\/label>/);
    expect(html).toContain('<optgroup label="Streets"><option value="pothole" selected="">Pothole</option>');
    expect(html).toContain('<optgroup label="Parks and public spaces">');
  });

  it('renders each question as the control for its datatype, required ones marked', () => {
    const html = fields();
    expect(html).toContain('Crews fix most within 7 days.');
    expect(html).toMatch(/<label for="request-answer-lane"[^>]*>Which lane\? \(required\)<\/label>/);
    expect(html).toContain('For example: northbound right lane');
    expect(html).toMatch(/<select id="request-answer-size" aria-required="true"[^>]*>/);
    expect(html).toContain('<option value="large">Larger than a plate</option>');
    expect(html).toMatch(/<input id="request-answer-depth"[^>]*type="text" inputMode="decimal"/);
    expect(html).toMatch(/<input id="request-answer-seen"[^>]*type="date"/);
    expect(html).toMatch(/<legend class="field__label">Anything else there\?<\/legend>/);
    expect(html).toMatch(/<input id="request-answer-hazards" type="checkbox"/);
    expect(html).toMatch(/<textarea id="request-answer-more"/);
    expect(html.indexOf('request-answer-lane')).toBeLessThan(html.indexOf('request-answer-size'));
  });

  it('asks where (here or an address) and counts the description', () => {
    const html = fields();
    expect(html).toContain('Where is the problem?');
    expect(html).toMatch(/id="request-location-here" type="radio"/);
    expect(html).toMatch(/id="request-location-address" type="radio"[^>]*checked=""/);
    expect(html).toMatch(/<label for="request-address"[^>]*>Address \(required\)<\/label>/);
    expect(html).toContain('0 of 3900 characters');
  });

  it('shows a problem beside its field and marks the control', () => {
    const html = fields([{ field: 'answers.lane', problem: 'required' }]);
    expect(html).toContain('<p id="request-answer-lane-error" class="field__error">Answer “Which lane?”</p>');
    expect(html).toMatch(/<input id="request-answer-lane" aria-required="true" aria-invalid="true"/);
  });

  it('sums up the problems with a link to each field', () => {
    const html = renderToStaticMarkup(
      <ProblemSummary
        prefix="request"
        title="There is a problem"
        problems={[
          { field: 'answers.depth', problem: 'not-a-number' },
          { field: 'serviceCode', problem: 'required' },
        ]}
        textOf={textOf}
      />,
    );
    expect(html).toMatch(/class="error-summary" role="alert" tabindex="-1"/);
    expect(html).toContain(
      '<a href="#request-answer-depth">“Depth in inches”: enter a number, for example 12</a>',
    );
    expect(html).toContain('<a href="#request-service">Choose a service</a>');
  });
});

describe('the desk panel and receipt', () => {
  const receipt: CaseReceipt = {
    requestId: '00000000-0000-4000-8000-00000000000a',
    localReference: 'R-0000-0000',
    statusToken: 'abcdefghijklmnopqrstuvwxyz',
    statusUrl: 'https://lobby.example.org/request/abcdefghijklmnopqrstuvwxyz',
    state: 'queued',
    caseId: null,
  };

  it('offers to complete the visit as case created while that visitor is served', () => {
    const html = renderToStaticMarkup(
      <RequestReceipt
        receipt={receipt}
        visit={ticket({ status: 'serving' })}
        deskBusy={false}
        onCompleteVisit={noop}
        onNew={noop}
      />,
    );
    expect(html).toContain('R-0000-0000');
    expect(html).toContain('Not known yet');
    expect(html).toContain('Complete visit: case created<span class="visually-hidden"> H007</span>');
    expect(html).toContain('File another request');
  });

  it('shows the city’s case number once known, and no Complete without a visit', () => {
    const html = renderToStaticMarkup(
      <RequestReceipt
        receipt={{ ...receipt, caseId: '311-2026-0042' }}
        visit={null}
        deskBusy={false}
        onCompleteVisit={noop}
        onNew={noop}
      />,
    );
    expect(html).toContain('311-2026-0042');
    expect(html).not.toContain('Complete visit');
  });

  it('says which visit a request is linked to while the catalog loads', () => {
    const bridge: HubBridge = {
      call: () => new Promise(() => {}),
      subscribe: () => ({ resync: noop, close: noop }),
      onAuthProblem: () => noop,
    };
    const html = renderToStaticMarkup(
      <FileRequest
        site={site}
        bridge={bridge}
        serving={ticket({ status: 'serving' })}
        deskBusy={false}
        onCompleteVisit={noop}
      />,
    );
    expect(html).toContain('<h2 id="request-heading">File a request</h2>');
    expect(html).toContain('linked to the visit of H007');
    expect(html).toContain('Loading the services from the hub…');
  });
});
