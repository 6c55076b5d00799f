// Publish and Restore against a recording bridge: an invalid draft is never sent; a valid one is sent trimmed
// with the version it was loaded from and the note; the hub's conflict comes back as a conflict.
import { describe, expect, it } from 'vitest';
import { HubError } from '../../../../../machines/contracts/hubClient.js';
import type { InfoVersionSummary } from '../../../../../machines/contracts/info.js';
import type { HubBridge } from '../../../../../renderer/bridge/hubBridge.js';
import {
  publishDraft,
  restoreVersion,
} from '../../../../../renderer/screens/maintenance/content/contentActions.js';
import { draftOf, infoDraftReducer } from '../../../../../renderer/screens/maintenance/content/infoDraft.js';
import { publishedContent } from './infoContentFixture.js';

const summary: InfoVersionSummary = {
  version: 5,
  publishedAt: '2026-11-26T18:00:00.000Z',
  publishedBy: 'sam.supervisor',
  note: 'New hours',
  topicCount: 3,
  restoredFrom: null,
};

function recordingBridge(answer: () => Promise<unknown>) {
  const calls: { route: string; args: unknown }[] = [];
  const bridge: HubBridge = {
    call: ((route: string, args: unknown) => {
      calls.push({ route, args });
      return answer();
    }) as HubBridge['call'],
    subscribe: () => ({ resync: () => {}, close: () => {} }),
    onAuthProblem: () => () => {},
  };
  return { bridge, calls };
}

describe('publishDraft', () => {
  it('sends the trimmed draft based on the loaded version, with the note', async () => {
    const { bridge, calls } = recordingBridge(() => Promise.resolve(summary));
    const draft = infoDraftReducer(draftOf(publishedContent), {
      type: 'editText',
      topicId: 'food',
      language: 'en',
      fields: { title: ' Food banks ' },
    });
    const result = await publishDraft(bridge, draft, 'Food banks');
    expect(result).toEqual({ kind: 'done', summary });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.route).toBe('publishInfo');
    const { body } = calls[0]!.args as { body: { baseVersion: number; note: string; content: typeof draft } };
    expect(body.baseVersion).toBe(4);
    expect(body.note).toBe('Food banks');
    expect(body.content.topics.find((t) => t.id === 'food')?.texts.en).toMatchObject({
      title: 'Food banks',
      basedOn: 2,
    });
  });

  it('does not send a draft the contract refuses, and lists where', async () => {
    const { bridge, calls } = recordingBridge(() => Promise.resolve(summary));
    const draft = infoDraftReducer(draftOf(publishedContent), {
      type: 'addTopic',
      groupId: 'city',
      topicId: 'new-topic-1',
    });
    const result = await publishDraft(bridge, draft, '');
    expect(calls).toHaveLength(0);
    expect(result.kind === 'invalid' && result.problems.map((p) => p.path.join('.'))).toEqual([
      'topics.2.texts.en.title',
    ]);
  });

  it('reports a conflict when someone else published meanwhile, and a plain failure otherwise', async () => {
    const conflict = recordingBridge(() =>
      Promise.reject(new HubError(409, 'conflict', 'version 5 is current')),
    );
    expect(await publishDraft(conflict.bridge, draftOf(publishedContent), '')).toEqual({ kind: 'conflict' });
    const down = recordingBridge(() => Promise.reject(new Error('offline')));
    expect(await publishDraft(down.bridge, draftOf(publishedContent), '')).toEqual({
      kind: 'failed',
      text: expect.stringMatching(/not published/),
    });
  });
});

describe('restoreVersion', () => {
  it('restores a version based on the current one', async () => {
    const { bridge, calls } = recordingBridge(() => Promise.resolve({ ...summary, restoredFrom: 2 }));
    const result = await restoreVersion(bridge, 2, 4);
    expect(result.kind === 'done' && result.summary.restoredFrom).toBe(2);
    expect(calls).toEqual([
      { route: 'restoreInfoVersion', args: { params: { version: '2' }, body: { baseVersion: 4 } } },
    ]);
  });

  it('reports a conflict as a conflict', async () => {
    const { bridge } = recordingBridge(() => Promise.reject(new HubError(409, 'conflict', 'stale')));
    expect(await restoreVersion(bridge, 2, 3)).toEqual({ kind: 'conflict' });
  });
});
