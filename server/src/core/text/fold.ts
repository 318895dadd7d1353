// Folding for comparison: two spellings a reader would call the same compare equal after folding
// ("Ibáñez" / "Ibanez", “curly” / "straight", en and em dashes / hyphens, any case).
// Keeps one output character per input character where it can, but callers must not rely on offsets.

const QUOTE_AND_DASH: ReadonlyMap<string, string> = new Map([
  ['\u2018', "'"], ['\u2019', "'"], ['\u201a', "'"], ['\u201b', "'"], ['\u2032', "'"], ['`', "'"], ['\u00b4', "'"],
  ['\u201c', '"'], ['\u201d', '"'], ['\u201e', '"'], ['\u201f', '"'], ['\u2033', '"'], ['\u00ab', '"'], ['\u00bb', '"'],
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2015', '-'], ['\u2212', '-'],
  ['\u00a0', ' '], ['\u2009', ' '], ['\u202f', ' '], ['\u2026', '...'],
]);

/** Combining diacritical marks (U+0300–U+036F), dropped after canonical decomposition. */
function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

export function foldForMatch(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7e || text[i] === '`') {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  const decomposed = text.normalize('NFD');
  let out = '';
  for (let i = 0; i < decomposed.length; i++) {
    const ch = decomposed[i];
    if (isCombiningMark(ch.charCodeAt(0))) continue;
    out += QUOTE_AND_DASH.get(ch) ?? ch;
  }
  return out.toLowerCase().replace(/ß/g, 'ss').replace(/[øœæ]/g, foldLigature);
}

function foldLigature(ch: string): string {
  return ch === 'ø' ? 'o' : ch === 'œ' ? 'oe' : 'ae';
}
