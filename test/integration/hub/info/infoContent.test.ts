// The information topics through a real hub: the starter set as version 0, publishing with a conflict check,
// the version history, undo, and who may do what.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  InfoContent,
  InfoContentBody,
  InfoVersionList,
  InfoVersionSummary,
} from '../../../../machines/contracts/index.js';
import { fixtureStarterPath, type InfoCaller, type InfoTestHub, startInfoHub } from './infoTestHub.js';

let hub: InfoTestHub;

const starter = InfoContentBody.parse(JSON.parse(readFileSync(fixtureStarterPath, 'utf8')));

/** The starter set with the 211 topic's English summary changed (its revision bumped). */
function edited(summary: string, from: InfoContentBody = starter): InfoContentBody {
  return {
    ...from,
    topics: from.topics.map((t) =>
      t.id === 'call-211'
        ? {
            ...t,
            revision: t.revision + 1,
            texts: { ...t.texts, en: { ...t.texts.en!, summary, basedOn: t.revision + 1 } },
          }
        : t,
    ),
  };
}

const publish = (content: unknown, baseVersion: number, who: InfoCaller = 'supervisor', note = '') =>
  hub.post('/api/info/publish', { content, baseVersion, note }, who);

async function published(
  content: InfoContentBody,
  baseVersion: number,
  note = '',
): Promise<InfoVersionSummary> {
  const res = await publish(content, baseVersion, 'supervisor', note);
  expect(res.statusCode, res.body).toBe(201);
  return InfoVersionSummary.parse(res.json());
}

const current = async (who: InfoCaller = 'kiosk') => {
  const res = await hub.get('/api/info', who);
  expect(res.statusCode, res.body).toBe(200);
  return InfoContent.parse(res.json());
};

const refusal = (res: { statusCode: number; json(): unknown }) => ({
  status: res.statusCode,
  ...ApiError.parse(res.json()).error,
});

describe('information content', () => {
  beforeEach(async () => {
    hub = await startInfoHub();
  });
  afterEach(() => hub.close());

  it('serves the starter set as version 0 until a supervisor publishes', async () => {
    const content = await current();
    expect(content).toEqual({ version: 0, publishedAt: null, publishedBy: null, ...starter });
    const zero = await hub.get('/api/info/versions/0', 'supervisor');
    expect(InfoContent.parse(zero.json())).toEqual(content);
    expect(InfoVersionList.parse((await hub.get('/api/info/versions', 'supervisor')).json())).toEqual({
      current: 0,
      versions: [],
    });
  });

  it('publishes a version that kiosks then receive, recording who published it and when', async () => {
    const summary = await published(edited('Call 211 any time.'), 0, 'New 211 summary');
    expect(summary).toEqual({
      version: 1,
      publishedAt: hub.clock.now().toISOString(),
      publishedBy: 'test-supervisor',
      note: 'New 211 summary',
      topicCount: 3,
      restoredFrom: null,
    });
    const content = await current();
    expect(content.version).toBe(1);
    expect(content.publishedBy).toBe('test-supervisor');
    expect(content.topics.find((t) => t.id === 'call-211')?.texts.en?.summary).toBe('Call 211 any time.');
    expect(InfoContent.parse((await hub.get('/api/info/versions/1', 'administrator')).json())).toEqual(
      content,
    );
  });

  it('refuses a publish started from an older version with 409 conflict, changing nothing', async () => {
    await published(edited('First edit.'), 0);
    const stale = await publish(edited('Second edit from the old page.'), 0);
    expect(refusal(stale)).toEqual({
      status: 409,
      code: 'conflict',
      message: 'Version 1 was published meanwhile; reload to see it, then make your changes again.',
    });
    const content = await current();
    expect(content.version).toBe(1);
    expect(content.topics.find((t) => t.id === 'call-211')?.texts.en?.summary).toBe('First edit.');
  });

  it('lists the history newest first', async () => {
    const first = await published(edited('One.'), 0, 'one');
    hub.clock.advance(60_000);
    const second = await published({ ...starter, topics: starter.topics.slice(0, 2) }, 1, 'two');
    const history = InfoVersionList.parse((await hub.get('/api/info/versions', 'supervisor')).json());
    expect(history).toEqual({ current: 2, versions: [second, first] });
    expect(history.versions.map((v) => v.topicCount)).toEqual([2, 3]);
  });

  it('undoes a publish by restoring the earlier version as a new one', async () => {
    await published(edited('One.'), 0);
    await published(edited('Two.', edited('One.')), 1);
    const res = await hub.post('/api/info/versions/1/restore', { baseVersion: 2 }, 'supervisor');
    expect(res.statusCode, res.body).toBe(201);
    const summary = InfoVersionSummary.parse(res.json());
    expect(summary).toMatchObject({ version: 3, restoredFrom: 1, publishedBy: 'test-supervisor' });
    const version1 = InfoContent.parse((await hub.get('/api/info/versions/1', 'supervisor')).json());
    const now = await current();
    expect(now.version).toBe(3);
    expect({ groups: now.groups, topics: now.topics }).toEqual({
      groups: version1.groups,
      topics: version1.topics,
    });
  });

  it('restores the starter set (version 0) and refuses a stale undo with 409', async () => {
    await published(edited('One.'), 0);
    const stale = await hub.post('/api/info/versions/0/restore', { baseVersion: 0 }, 'supervisor');
    expect(refusal(stale)).toMatchObject({ status: 409, code: 'conflict' });
    const res = await hub.post('/api/info/versions/0/restore', { baseVersion: 1 }, 'supervisor');
    expect(InfoVersionSummary.parse(res.json())).toMatchObject({ version: 2, restoredFrom: 0 });
    const now = await current();
    expect({ groups: now.groups, topics: now.topics }).toEqual(starter);
  });

  it('answers 404 for a version that does not exist, to view or to restore', async () => {
    expect(refusal(await hub.get('/api/info/versions/7', 'supervisor'))).toMatchObject({
      status: 404,
      code: 'not-found',
    });
    const restore = await hub.post('/api/info/versions/7/restore', { baseVersion: 0 }, 'supervisor');
    expect(refusal(restore)).toMatchObject({ status: 404, code: 'not-found' });
    expect(refusal(await hub.get('/api/info/versions/latest', 'supervisor'))).toMatchObject({
      status: 400,
      code: 'invalid-request',
    });
  });

  it('refuses a topic sending visitors to a service the site does not have, naming the topic', async () => {
    const content = {
      ...starter,
      topics: starter.topics.map((t) =>
        t.id === 'parking-permits' ? { ...t, deskServiceId: 'dog-licences' } : t,
      ),
    };
    const res = refusal(await publish(content, 0));
    expect(res).toMatchObject({ status: 400, code: 'invalid-request' });
    expect(res.message).toMatch(/"parking-permits".*"dog-licences"/);
    expect(hub.read('SELECT * FROM info_versions')).toEqual([]);
  });

  it('refuses to lower a topic revision below the current version', async () => {
    await published(edited('One.'), 0);
    const res = refusal(await publish(starter, 1));
    expect(res).toMatchObject({ status: 400, code: 'invalid-request' });
    expect(res.message).toMatch(/"call-211" has revision 1, below its revision 2/);
  });

  it('refuses invalid content with 400 naming the field', async () => {
    const noEnglish = {
      ...starter,
      topics: starter.topics.map((t) => (t.id === 'call-211' ? { ...t, texts: { es: t.texts.es } } : t)),
    };
    const res = refusal(await publish(noEnglish, 0));
    expect(res).toMatchObject({ status: 400, code: 'invalid-request' });
    expect(res.message).toMatch(/topics\.2\.texts\.en/);
  });

  it('publishes content larger than the 64 KB other requests may send', async () => {
    const summary = 'Plain words about where to go and what to bring. '.repeat(12).trim();
    const topics = Array.from({ length: 80 }, (_, i) => ({
      ...starter.topics[0]!,
      id: `topic-${i}`,
      texts: {
        en: { ...starter.topics[0]!.texts.en!, summary },
        es: { ...starter.topics[0]!.texts.es!, summary },
      },
    }));
    const content = { ...starter, topics };
    expect(JSON.stringify(content).length).toBeGreaterThan(100_000);
    expect((await published(content, 0)).topicCount).toBe(80);
    expect((await current()).topics).toHaveLength(80);
  });

  it('audits every publish and undo', async () => {
    await published(edited('One.'), 0);
    await hub.post('/api/info/versions/0/restore', { baseVersion: 1 }, 'supervisor');
    const actions = hub.read<{ action: string; actor: string; outcome: string }>(
      `SELECT action, actor, outcome FROM audit_log WHERE action LIKE '%Info%' ORDER BY seq`,
    );
    expect(actions).toEqual([
      { action: 'publishInfo', actor: 'staff:test-supervisor', outcome: 'ok' },
      { action: 'restoreInfoVersion', actor: 'staff:test-supervisor', outcome: 'ok' },
    ]);
  });
});

/** Refusals and reads change nothing, so they share one hub. */
describe('information content access', () => {
  beforeAll(async () => {
    hub = await startInfoHub();
  });
  afterAll(() => hub.close());

  it.each<[InfoCaller, number]>([
    ['desk', 403],
    ['facilities', 403],
    ['kiosk', 403],
    ['display', 403],
    ['anonymous', 401],
  ])('refuses %s a publish with %i', async (who, status) => {
    expect((await publish(edited('Not allowed.'), 0, who)).statusCode).toBe(status);
    expect((await hub.post('/api/info/versions/0/restore', { baseVersion: 0 }, who)).statusCode).toBe(status);
    expect(hub.read('SELECT * FROM info_versions')).toEqual([]);
  });

  it.each<InfoCaller>(['kiosk', 'display', 'desk', 'facilities'])(
    'lets %s read the current content',
    async (who) => {
      expect((await current(who)).version).toBe(0);
    },
  );
});
