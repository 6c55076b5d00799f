// Which way a language is written, for `dir` on any element that holds its text (the page, a language's own
// name on its button, a notice in several languages).
const rightToLeft = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi']);

export function textDirection(lang: string): 'ltr' | 'rtl' {
  return rightToLeft.has(lang.split('-')[0] ?? lang) ? 'rtl' : 'ltr';
}
