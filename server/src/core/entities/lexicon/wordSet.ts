/** A set of lower-case words from a whitespace-separated list (lexicons stay readable and compact). */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

/** Multi-word entries separated by commas or new lines ("new york, sri lanka"), lower-cased. */
export function phraseSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(/[,\n]/)
      .map((p) => p.trim().replace(/\s+/g, ' ').toLowerCase())
      .filter((p) => p.length > 0),
  );
}
