// Import and publish checks: a file that is not JSON, and content the contract refuses, each listed by where
// the problem is; valid content comes back trimmed; export writes what import reads.
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  checkImport,
  exportText,
  pathText,
} from '../../../../../renderer/screens/maintenance/content/contentCheck.js';
import { bodyOf, draftOf } from '../../../../../renderer/screens/maintenance/content/infoDraft.js';
import { publishedContent } from './infoContentFixture.js';

const body = bodyOf(draftOf(publishedContent));
const where = (text: string) => {
  const checked = checkImport(text);
  if (checked.ok) throw new Error('expected the import to be refused');
  return checked.problems.map((p) => pathText(p.path));
};

describe('checkImport', () => {
  it('refuses a file that is not JSON as one problem about the file', () => {
    const checked = checkImport('{ "groups": [');
    expect(checked).toEqual({
      ok: false,
      problems: [{ path: [], message: expect.stringMatching(/not JSON/) }],
    });
    expect(where('nope')).toEqual(['File']);
  });

  it('lists each refused field by its path, counting list positions from 1', () => {
    const broken = structuredClone(body);
    const permits = broken.topics[1];
    if (!permits?.texts.es) throw new Error('fixture changed');
    permits.texts.es.title = '';
    permits.webUrl = 'not a web address';
    broken.topics[2] = { ...broken.topics[2]!, groupId: 'nowhere' };
    expect(where(JSON.stringify(broken))).toEqual([
      'topics › 2 › webUrl',
      'topics › 2 › texts › es › title',
      'topics › 3 › groupId',
    ]);
  });

  it('refuses content without English, with duplicate ids, or translations later than the revision', () => {
    const broken = structuredClone(body);
    broken.groups[1] = { id: 'community', texts: { es: { name: 'Ayuda' } } };
    broken.topics[0] = { ...broken.topics[0]!, id: 'permits' };
    const food = broken.topics[2]!;
    food.texts.es = { ...food.texts.en!, basedOn: 5 };
    expect(where(JSON.stringify(broken))).toEqual(
      expect.arrayContaining([
        'groups › 2 › texts › en',
        'topics › 2 › id',
        'topics › 3 › texts › es › basedOn',
      ]),
    );
  });

  it('refuses an empty object with the missing lists named', () => {
    expect(where('{}')).toEqual(['groups', 'topics']);
  });

  it('accepts what export writes, unchanged', () => {
    const checked = checkImport(exportText(body));
    expect(checked).toEqual({ ok: true, content: body });
  });
});

describe('checkContent', () => {
  it('gives back the content trimmed, as the hub will store it', () => {
    const padded = structuredClone(body);
    padded.topics[0]!.texts.en!.title = '  Water bills  ';
    const checked = checkContent(padded);
    expect(checked.ok && checked.content.topics[0]?.texts.en?.title).toBe('Water bills');
  });
});

describe('pathText', () => {
  it('names the topic or group a problem is in when the checked content is known', () => {
    expect(pathText(['topics', 1, 'texts', 'es', 'title'], body)).toBe(
      'topics › 2 (Permits) › texts › es › title',
    );
    expect(pathText(['groups', 0, 'id'], body)).toBe('groups › 1 (City services) › id');
    expect(pathText(['topics', 9, 'id'], body)).toBe('topics › 10 › id');
  });
});
