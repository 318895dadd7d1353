// Lexicons are written readably, with accents, and stored folded: lookups use folded keys
// ("Jose" and "José" both find "josé").
import { foldForMatch } from '../../text/fold';

/** A set of folded words from a whitespace-separated list. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0).map(foldForMatch));
}

/** Folded multi-word entries separated by commas or new lines ("new york, sri lanka"). */
export function phraseSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(/[,\n]/)
      .map((p) => foldForMatch(p.trim().replace(/\s+/g, ' ')))
      .filter((p) => p.length > 0),
  );
}
