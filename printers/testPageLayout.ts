// Lays out the facilities test page: heading, kiosk, printer model and time, a full-width rule, one sample line
// per kiosk language (so every script is seen printing) and a QR code reading "test".
import { encodeLines, type PaperProfile, type TicketLine, textLines } from './layoutLines.js';

export interface TestPageData {
  kioskName: string;
  printerModel: string;
  printedAtText: string;
  samples: { language: string; text: string }[];
}

/** One short sample per kiosk language: the language's own name and its word for "ticket" (or "number"). */
export const testPageSamples: { language: string; text: string }[] = [
  { language: 'en', text: 'English: ticket' },
  { language: 'es', text: 'Español: número de turno' },
  { language: 'vi', text: 'Tiếng Việt: số thứ tự' },
  { language: 'zh-Hans', text: '简体中文：号码票' },
  { language: 'zh-Hant', text: '繁體中文：號碼牌' },
  { language: 'ru', text: 'Русский: талон' },
  { language: 'uk', text: 'Українська: талон' },
  { language: 'ro', text: 'Română: bon de ordine' },
  { language: 'so', text: 'Soomaali: tigidh' },
  { language: 'ar', text: 'العربية: تذكرة' },
  { language: 'ja', text: '日本語：整理券' },
  { language: 'ko', text: '한국어: 번호표' },
  { language: 'lo', text: 'ພາສາລາວ: ບັດຄິວ' },
  { language: 'ne', text: 'नेपाली: टिकट' },
  { language: 'km', text: 'ភាសាខ្មែរ: សំបុត្រ' },
  { language: 'tl', text: 'Tagalog: tiket' },
  { language: 'chk', text: 'Chuuk: tiket' },
];

/** The test page as lines, wrapped to the paper's width. */
export function testPageLines(data: TestPageData, paper: PaperProfile): TicketLine[] {
  const english = (text: string, size: number, bold: boolean) =>
    textLines(text, paper, size, bold, 'center', 'en');
  return [
    ...english('Test print', 2, true),
    ...english(data.kioskName, 1, true),
    ...english(data.printerModel, 1, false),
    ...english(data.printedAtText, 1, false),
    { kind: 'rule' },
    ...data.samples.flatMap((s) => textLines(s.text, paper, 1, false, 'left', s.language)),
    { kind: 'rule' },
    { kind: 'feed', lines: 1 },
    { kind: 'qr', data: 'test' },
  ];
}

/** ESC/POS bytes of the test page; throws MissingGlyphError if a sample has a character no bundled font has. */
export function encodeTestPage(data: TestPageData, paper: PaperProfile): Uint8Array {
  return encodeLines(testPageLines(data, paper), paper);
}
