// Matches collection-relative paths ("2026/outlet-a.md") against the globs of `.crosscheck.json`.
// Supports `**` (any number of folders), `*` and `?` (within one name) and `{a,b}` alternatives.
// Hand-written rather than compiled to a regular expression so no pattern can backtrack badly.

export type PathMatcher = (relativePath: string) => boolean;

/**
 * Alternatives one glob may stand for, at most: `{a,b}` groups multiply, and eighteen of them would
 * stand for 262,144 patterns. The config reader refuses a glob beyond this (see `globProblem`).
 */
export const MAX_GLOB_ALTERNATIVES = 1024;

/** One matcher for a list of globs: true when any of them matches. A glob `globProblem` refuses matches nothing. */
export function globMatcher(globs: readonly string[]): PathMatcher {
  const compiled = globs.flatMap((glob) => expandBraces(glob) ?? []).map((pattern) => splitPath(pattern));
  return (relativePath) => {
    const names = splitPath(relativePath);
    return compiled.some((segments) => matchSegments(segments, names));
  };
}

/**
 * Why a glob of `.crosscheck.json` cannot select files of its collection, or null when it can. Globs
 * only ever match paths below the collection folder (a leading `/` is that folder, not the disk's
 * root), so one that climbs out or names a drive would silently match nothing.
 */
export function globProblem(glob: string): string | null {
  if (/^[A-Za-z]:/.test(glob)) return `"${glob}" names a drive; globs are relative to the collection folder`;
  if (glob.split(/[\\/]/).includes('..')) return `"${glob}" climbs out of the collection folder with ".."`;
  if (expandBraces(glob) === null) return `"${glob}" stands for more than ${MAX_GLOB_ALTERNATIVES} patterns`;
  return null;
}

function splitPath(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((name) => name !== '' && name !== '.');
}

/**
 * `a/{b,c}/*.{md,txt}` → the four plain patterns it stands for, in order; null when it stands for
 * more than MAX_GLOB_ALTERNATIVES. Expanded with a worklist, never by recursion or spread arguments.
 */
export function expandBraces(pattern: string): string[] | null {
  const expanded: string[] = [];
  const pending = [pattern];
  while (pending.length > 0) {
    const next = pending.pop()!;
    const options = firstGroupOptions(next);
    if (options === null) expanded.push(next);
    else for (let k = options.length - 1; k >= 0; k--) pending.push(options[k]!);
    // Every pattern still pending gives at least one alternative.
    if (expanded.length + pending.length > MAX_GLOB_ALTERNATIVES) return null;
  }
  return expanded;
}

/** The patterns `pattern` stands for once its first `{…}` group is chosen, or null when it has none. */
function firstGroupOptions(pattern: string): string[] | null {
  const open = pattern.indexOf('{');
  if (open < 0) return null;
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
        const options: string[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) options.push(head + pattern.slice(bounds[k] + 1, bounds[k + 1]) + tail);
        return options;
      }
    } else if (ch === ',' && depth === 1) commas.push(i);
  }
  // An unclosed brace is an ordinary character.
  return null;
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
