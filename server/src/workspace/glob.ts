// Matches collection-relative paths ("2026/outlet-a.md") against the globs of `.crosscheck.json`.
// Supports `**` (any number of folders), `*` and `?` (within one name) and `{a,b}` alternatives.
// Hand-written rather than compiled to a regular expression so no pattern can backtrack badly.

export type PathMatcher = (relativePath: string) => boolean;

/** One matcher for a list of globs: true when any of them matches. */
export function globMatcher(globs: readonly string[]): PathMatcher {
  const compiled = globs.flatMap(expandBraces).map((pattern) => splitPath(pattern));
  return (relativePath) => {
    const names = splitPath(relativePath);
    return compiled.some((segments) => matchSegments(segments, names));
  };
}

function splitPath(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((name) => name !== '' && name !== '.');
}

/** `a/{b,c}/*.{md,txt}` → the four plain patterns it stands for. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) {
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const bounds = [open, ...commas, i];
        const results: string[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) {
          const option = pattern.slice(bounds[k] + 1, bounds[k + 1]);
          results.push(...expandBraces(head + option + tail));
        }
        return results;
      }
    } else if (ch === ',' && depth === 1) commas.push(i);
  }
  // An unclosed brace is an ordinary character.
  return [pattern];
}

/** Segment-wise match where `**` spans zero or more names; memoised so it stays polynomial. */
function matchSegments(pattern: string[], names: string[]): boolean {
  const memo = new Map<number, boolean>();
  const match = (p: number, n: number): boolean => {
    const key = p * (names.length + 1) + n;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (p === pattern.length) result = n === names.length;
    else if (pattern[p] === '**') result = match(p + 1, n) || (n < names.length && match(p, n + 1));
    else result = n < names.length && matchName(pattern[p], names[n]) && match(p + 1, n + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

/** `*` and `?` within one file or folder name: the classic greedy matcher with one backtrack point. */
export function matchName(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
