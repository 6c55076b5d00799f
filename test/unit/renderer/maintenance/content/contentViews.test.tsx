// The information-topics screens as rendered: the overview's badges and per-topic action names, the read-only
// version view, the topic editor's translations (lang set, "Mark as up to date" only when out of date) with the
// kiosk preview, the hours fields, and the panel shown only to supervisors and administrators.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../../../../machines/contracts/site.js';
import type { HubBridge } from '../../../../../renderer/bridge/hubBridge.js';
import { ContentEditor } from '../../../../../renderer/screens/maintenance/content/ContentEditor.js';
import { ContentOverview } from '../../../../../renderer/screens/maintenance/content/ContentOverview.js';
import { GroupEditor } from '../../../../../renderer/screens/maintenance/content/GroupEditor.js';
import { HoursFields } from '../../../../../renderer/screens/maintenance/content/HoursFields.js';
import { draftOf, infoDraftReducer } from '../../../../../renderer/screens/maintenance/content/infoDraft.js';
import { PublishForm } from '../../../../../renderer/screens/maintenance/content/PublishForm.js';
import { TopicEditor } from '../../../../../renderer/screens/maintenance/content/TopicEditor.js';
import { sectionRoles } from '../../../../../renderer/screens/maintenance/MaintenanceApp.js';
import { publishedContent } from './infoContentFixture.js';

const noop = () => {};
const unusedBridge: HubBridge = {
  call: () => new Promise(() => {}),
  subscribe: () => ({ resync: noop, close: noop }),
  onAuthProblem: () => noop,
};
const site = {
  languages: ['en', 'es'],
  services: [
    { id: 'utility-bills', name: 'Utility bills' },
    { id: 'information', name: 'Information desk' },
  ],
  information: { deskServiceId: 'information' },
  site: { timeZone: 'America/Los_Angeles' },
} as unknown as SiteConfig; // only the parts the editor reads
const draft = draftOf(publishedContent);
const actions = { dispatch: noop, edit: noop, addTopic: noop };

const rowOf = (html: string, topicId: string) =>
  new RegExp(`<tr data-testid="draft-topic-${topicId}">(.*?)</tr>`).exec(html)?.[1] ?? '';
const states = (row: string) =>
  [...row.matchAll(/data-state="(\w+)">([^<]+)</g)].map((m) => `${m[1]}=${m[2]}`);

describe('ContentOverview', () => {
  const html = renderToStaticMarkup(
    <ContentOverview
      groups={draft.groups}
      topics={draft.topics}
      languages={['en', 'es']}
      actions={actions}
      idPrefix="draft"
    />,
  );

  it('shows each topic with a worded state per language, in group order', () => {
    expect(states(rowOf(html, 'water-bills'))).toEqual(['current=Current', 'current=Current']);
    expect(states(rowOf(html, 'permits'))).toEqual(['current=Current', 'outdated=Out of date']);
    expect(states(rowOf(html, 'food'))).toEqual(['current=Current', 'missing=Missing']);
    expect(html.indexOf('City services')).toBeLessThan(html.indexOf('Community help'));
  });

  it('names every action after its topic or group, and cannot move the first up', () => {
    const row = rowOf(html, 'water-bills');
    expect(row).toContain('Edit<span class="visually-hidden"> Water bills</span>');
    expect(row).toMatch(/aria-disabled="true"[^>]*>Move up<span class="visually-hidden"> Water bills/);
    expect(row).toMatch(/aria-disabled="false"[^>]*>Move down<span class="visually-hidden"> Water bills/);
    expect(html).toContain('Add a topic<span class="visually-hidden"> to Community help</span>');
    expect(html).toContain('Remove group<span class="visually-hidden"> City services</span>');
  });

  it('has no buttons when showing a published version read-only', () => {
    const readOnly = renderToStaticMarkup(
      <ContentOverview
        groups={draft.groups}
        topics={draft.topics}
        languages={['en', 'es']}
        actions={null}
        idPrefix="v4"
      />,
    );
    expect(readOnly).not.toContain('<button');
    expect(readOnly).toContain('data-testid="v4-topic-permits"');
  });
});

describe('TopicEditor', () => {
  const render = (topicId: string, editing = draft) =>
    renderToStaticMarkup(
      <TopicEditor
        draft={editing}
        topic={editing.topics.find((t) => t.id === topicId)!}
        languages={['en', 'es']}
        site={site}
        dispatch={noop}
        onRenamed={noop}
        onClose={noop}
      />,
    );

  it('sets lang on the translation inputs and offers "Mark as up to date" only for an out-of-date one', () => {
    const permits = render('permits');
    expect(permits).toMatch(
      /<input id="topic-es-title" class="input" type="text" lang="es" value="Permisos"/,
    );
    expect(permits).toMatch(/<input id="topic-en-title" class="input" type="text" value="Permits"/);
    expect(permits).toContain('Mark as up to date<span class="visually-hidden"> Spanish</span>');
    expect(render('water-bills')).not.toContain('Mark as up to date');
  });

  it('offers the site services for "Talk to someone", the information desk first', () => {
    expect(render('food')).toMatch(
      /<select id="topic-desk"[^>]*><option value="" selected="">The information desk \(site default: Information desk\)<\/option><option value="utility-bills">Utility bills/,
    );
  });

  it('shows the identifier only for a topic not yet published, and the kiosk preview beside the form', () => {
    const added = infoDraftReducer(draft, { type: 'addTopic', groupId: 'city', topicId: 'new-topic-1' });
    expect(render('new-topic-1', added)).toContain('id="topic-id"');
    expect(render('new-topic-1', added)).toContain('Give the topic an English title to see the preview.');
    const food = render('food');
    expect(food).not.toContain('id="topic-id"');
    expect(food).toMatch(/data-testid="topic-preview"[\s\S]*data-testid="topic-details"[\s\S]*Food<\/h2>/);
  });
});

describe('HoursFields', () => {
  it('shows each weekday closed or open with its periods as 24-hour times', () => {
    const html = renderToStaticMarkup(
      <HoursFields
        idPrefix="h"
        hours={{
          mon: [
            { opens: '08:00', closes: '12:00' },
            { opens: '13:00', closes: '17:00' },
          ],
        }}
        onSetHours={noop}
        onSetDay={noop}
      />,
    );
    expect(html).toContain('id="h-mon-1-closes" class="input input--time" type="time" value="17:00"');
    expect(html).toMatch(/id="h-tue-open" type="checkbox"\/>/);
    expect(html).not.toContain('Add a second period<span class="visually-hidden"> Monday');
    expect(html).toContain('Remove period<span class="visually-hidden"> 2 on Monday');
  });
});

describe('PublishForm and roles', () => {
  it('says whether the draft differs from what kiosks show', () => {
    const unchanged = renderToStaticMarkup(
      <PublishForm bridge={unusedBridge} draft={draft} onPublished={noop} onReload={noop} />,
    );
    expect(unchanged).toContain('The draft is the same as the published version.');
    const changed = infoDraftReducer(draft, { type: 'removeTopic', topicId: 'food' });
    expect(
      renderToStaticMarkup(
        <PublishForm bridge={unusedBridge} draft={changed} onPublished={noop} onReload={noop} />,
      ),
    ).toContain('The draft has changes that kiosks do not show yet.');
  });

  it('is a section for supervisors and administrators only', () => {
    expect(sectionRoles.infoContent).toEqual(['supervisor', 'administrator']);
  });
});

describe('ContentEditor', () => {
  it('shows the published version in site time, the translation summary, publish, import / export and history', () => {
    const html = renderToStaticMarkup(
      <ContentEditor
        bridge={unusedBridge}
        content={publishedContent}
        site={site}
        onMessage={noop}
        onChanged={noop}
        onReload={noop}
      />,
    );
    expect(html).toContain('Kiosks show version 4, published Nov 20, 2026, 9:00 AM by sam.supervisor.');
    expect(html).toMatch(/data-testid="summary-es"><strong>Spanish:<\/strong> 1 missing, 1 out of date</);
    expect(html).toContain('Groups and topics (3 topics)');
    expect(html).toContain('>Publish to all kiosks</button>');
    expect(html).toContain('>Export JSON</button>');
    expect(html).toContain('<label class="field__label" for="import-file">Import JSON</label>');
    expect(html).toContain('Version history');
  });

  it('says when kiosks still show the starter set', () => {
    const starter = { ...publishedContent, version: 0, publishedAt: null, publishedBy: null };
    const html = renderToStaticMarkup(
      <ContentEditor
        bridge={unusedBridge}
        content={starter}
        site={site}
        onMessage={noop}
        onChanged={noop}
        onReload={noop}
      />,
    );
    expect(html).toContain('Kiosks show the starter set that came with the system');
  });
});

describe('GroupEditor', () => {
  it('edits the name per site language with lang set, and the identifier only for a new group', () => {
    const render = (editing: typeof draft, groupId: string) =>
      renderToStaticMarkup(
        <GroupEditor
          draft={editing}
          group={editing.groups.find((g) => g.id === groupId)!}
          languages={['en', 'es']}
          dispatch={noop}
          onRenamed={noop}
          onClose={noop}
        />,
      );
    const city = render(draft, 'city');
    expect(city).toContain('for="group-name-es">Name in Spanish</label>');
    expect(city).toMatch(
      /id="group-name-es" class="input" type="text" lang="es" value="Servicios de la ciudad"/,
    );
    expect(city).not.toContain('id="group-id"');
    const added = infoDraftReducer(draft, { type: 'addGroup', groupId: 'new-group-1' });
    expect(render(added, 'new-group-1')).toContain('id="group-id"');
  });
});
