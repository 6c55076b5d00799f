// What the speech mode says, read from what the screen shows: the same catalog text, each piece in the language
// of its element (`lang`), split at paragraphs. A screen is its heading, its other text, then its choices (name,
// hint, "Selected"); a dialog likewise; a focused choice is its name, state and place in the list. A screen can
// say something else with `data-speak` on its section, and `data-speak-as="spell-out"` spells a code out (in
// `data-speak` too).
import { spellOut, type Utterance } from '../../machines/speech/utterance.js';

/** The translated words the description adds around the screen's own text. */
export interface DescriptionWords {
  lang: string;
  selected: string;
  position: (index: number, count: number) => string;
}

/** The choices a visitor moves between with the arrow keys. */
const CONTROLS =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'LABEL',
  'LEGEND',
  'FIELDSET',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FORM',
  'DIALOG',
  'HEADER',
  'FOOTER',
  'NAV',
]);
/** On-screen keyboard keys are choices too, but not read out with the screen (there are dozens). */
const NOT_LISTED = '.keyboard';

const langOf = (element: Element | null, fallback: string) =>
  element?.closest('[lang]')?.getAttribute('lang') || fallback;

const isHidden = (element: Element) =>
  element.getAttribute('aria-hidden') === 'true' ||
  (element instanceof HTMLElement && (element.hidden || !element.checkVisibility()));

type Piece = Utterance | 'break';

function collect(node: Node, fallback: string, skip: (e: Element) => boolean, out: Piece[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push({ text: child.textContent ?? '', lang: langOf(child.parentElement, fallback) });
    } else if (child instanceof Element && !isHidden(child) && !skip(child)) {
      if (child.getAttribute('data-speak-as') === 'spell-out') {
        out.push(
          'break',
          { text: spellOut(child.textContent ?? ''), lang: langOf(child, fallback) },
          'break',
        );
        continue;
      }
      const block = BLOCKS.has(child.tagName);
      if (block) out.push('break');
      collect(child, fallback, skip, out);
      if (block) out.push('break');
    }
  }
}

/** Joins pieces into utterances: one per paragraph and language, spaces tidied. */
function join(pieces: Piece[]): Utterance[] {
  const out: Utterance[] = [];
  let open: Utterance | null = null;
  for (const piece of pieces) {
    if (piece === 'break') {
      open = null;
    } else if (open && open.lang === piece.lang) {
      open.text += piece.text;
    } else {
      open = { ...piece };
      out.push(open);
    }
  }
  return out
    .map((u) => ({ ...u, text: u.text.replace(/\s+/g, ' ').trim() }))
    .filter((u) => u.text !== '' && /[\p{L}\p{N}]/u.test(u.text));
}

/** The text of an element, as utterances (what it shows; aria-hidden icons left out). */
export function textOf(
  element: Element,
  lang: string,
  skip: (e: Element) => boolean = () => false,
): Utterance[] {
  if (isHidden(element)) return [];
  const pieces: Piece[] = [];
  collect(element, lang, skip, pieces);
  return join(pieces);
}

const byIds = (element: Element, attribute: string, lang: string): Utterance[] | null => {
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean);
  if (!ids?.length) return null;
  return ids.flatMap((id) => {
    const target = element.ownerDocument.getElementById(id);
    return target ? textOf(target, lang) : [];
  });
};

function isSelected(control: Element): boolean {
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    return control.checked;
  }
  return ['aria-current', 'aria-pressed', 'aria-checked', 'aria-selected'].some(
    (attribute) => control.getAttribute(attribute) === 'true',
  );
}

/** A choice: its name (labels, `aria-label`), what it holds, its hint, and "Selected" when it is. */
export function describeControl(control: Element, words: DescriptionWords): Utterance[] {
  const lang = words.lang;
  const label = control.getAttribute('aria-label');
  const labels =
    control instanceof HTMLInputElement ||
    control instanceof HTMLSelectElement ||
    control instanceof HTMLTextAreaElement
      ? [...(control.labels ?? [])].flatMap((l) => textOf(l, lang))
      : [];
  const name =
    byIds(control, 'aria-labelledby', lang) ??
    (label
      ? [{ text: label, lang: langOf(control, lang) }]
      : labels.length > 0
        ? labels
        : textOf(control, lang));
  const value =
    control instanceof HTMLSelectElement
      ? [...control.selectedOptions].map((o) => ({ text: o.text, lang: langOf(o, lang) }))
      : (control instanceof HTMLInputElement && control.type !== 'checkbox' && control.type !== 'radio') ||
          control instanceof HTMLTextAreaElement
        ? [{ text: control.value, lang: langOf(control, lang) }]
        : [];
  const hint = byIds(control, 'aria-describedby', lang) ?? [];
  const state = isSelected(control) ? [{ text: words.selected, lang }] : [];
  return [...name, ...value, ...state, ...hint].filter((u) => u.text.trim() !== '');
}

/** The choices in a screen or dialog, in the order the arrow keys visit them. */
export function controlsIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (control) => !control.closest('[aria-hidden="true"]') && control.checkVisibility(),
  );
}

/** A focused choice with its place in the list ("2 of 5"). */
export function describeFocus(control: Element, root: Element, words: DescriptionWords): Utterance[] {
  const controls = controlsIn(root);
  const index = controls.indexOf(control as HTMLElement);
  const position = index < 0 ? [] : [{ text: words.position(index + 1, controls.length), lang: words.lang }];
  return [...describeControl(control, words), ...position];
}

/** `data-speak` text with the codes the screen marks `data-speak-as="spell-out"` spelled out in it too. */
function spellCodesIn(text: string | null, root: Element): string | null {
  if (text === null) return null;
  return [...root.querySelectorAll('[data-speak-as="spell-out"]')].reduce((said, code) => {
    const shown = code.textContent?.trim() ?? '';
    return shown === '' ? said : said.split(shown).join(spellOut(shown));
  }, text);
}

/** A screen (its `<section>`) or a dialog: heading, text, then every listed choice. */
export function describeRegion(root: Element, words: DescriptionWords): Utterance[] {
  const lang = langOf(root, words.lang);
  const isControl = (e: Element) => e.matches(CONTROLS) || e.matches(NOT_LISTED);
  const heading = root.querySelector('h1, h2');
  const override = spellCodesIn(root.getAttribute('data-speak'), root);
  const body = override
    ? [{ text: override, lang }]
    : [
        ...(heading ? textOf(heading, lang) : []),
        ...textOf(root, lang, (e) => e === heading || isControl(e)),
      ];
  const choices = controlsIn(root)
    .filter((control) => !control.closest(NOT_LISTED))
    .flatMap((control) => describeControl(control, words));
  return [...body, ...choices];
}

const LIVE = '[role="alert"], [role="status"]';

/**
 * The status and error regions a batch of DOM changes added or changed, in page order. A change that brings a
 * whole new screen (a heading with it) is left out: the screen is said when its heading takes focus.
 */
export function changedLiveRegions(records: readonly MutationRecord[]): Element[] {
  const found = new Set<Element>();
  for (const record of records) {
    if (record.type === 'attributes') continue;
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    const around = target?.closest(LIVE);
    if (around) found.add(around);
    for (const node of record.addedNodes) {
      if (!(node instanceof Element) || node.querySelector('h1')) continue;
      if (node.matches(LIVE)) found.add(node);
      for (const live of node.querySelectorAll(LIVE)) found.add(live);
    }
  }
  return [...found].filter((live) => live.isConnected && !isHidden(live));
}
