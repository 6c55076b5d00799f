// Checks information content against the contract before it is published or imported: either the clean
// (trimmed) body, or the problems listed by path ("topics › 4 (Permits) › texts › es › title"), and JSON export.
import { InfoContentBody } from '../../../../machines/contracts/info.js';
import { t } from './contentText.js';

export interface ContentProblem {
  /** Where, e.g. ["topics", 3, "texts", "es", "title"]; empty for the file as a whole. */
  path: (string | number)[];
  message: string;
}

export type ContentCheck = { ok: true; content: InfoContentBody } | { ok: false; problems: ContentProblem[] };

/** Validates anything (a draft, a parsed file) as InfoContentBody. */
export function checkContent(value: unknown): ContentCheck {
  const parsed = InfoContentBody.safeParse(value);
  if (parsed.success) return { ok: true, content: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      message: issue.message,
    })),
  };
}

/** Reads an imported file's text: not JSON at all is one problem; otherwise the contract's problems. */
export function checkImport(text: string): ContentCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: [], message: t('import.notJson') }] };
  }
  return checkContent(value);
}

/** A list item's own name, when the content it came from is known: a topic's or group's English words. */
function itemName(list: string | number, index: number, content: InfoContentBody | undefined): string | null {
  if (!content) return null;
  if (list === 'topics') return content.topics[index]?.texts.en?.title.trim() || null;
  if (list === 'groups') return content.groups[index]?.texts.en?.name.trim() || null;
  return null;
}

/**
 * "topics › 4 (Permits) › texts › es › title": list positions counted from 1, as people count, a topic or
 * group named when `content` (what was checked) is given; "File" for the file as a whole.
 */
export function pathText(path: readonly (string | number)[], content?: InfoContentBody): string {
  if (path.length === 0) return t('problems.file');
  return path
    .map((part, i) => {
      if (typeof part !== 'number') return part;
      const name = i === 1 ? itemName(path[0] ?? '', part, content) : null;
      return name ? `${part + 1} (${name})` : String(part + 1);
    })
    .join(' › ');
}

/** The draft as the JSON file "Export JSON" downloads (InfoContentBody, indented). */
export const exportText = (content: InfoContentBody): string => `${JSON.stringify(content, null, 2)}\n`;
