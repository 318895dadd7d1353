// Differences between two wordings of one quote that a fact-checker would not act on: the same word
// spelt the British or the American way, a compound written as one word or two, an article added or
// dropped, and a connective ("So", "And") opening one outlet's cut of the quote.

/**
 * A word's spelling with British and American forms brought together, for aligning quotes only:
 * "colour" = "color", "organise" = "organize", "centre" = "center", "travelled" = "traveled",
 * "defence" = "defense", "catalogue" = "catalog", "programme" = "program", "paediatric" = "pediatric".
 * Each rewrite asks for
 * enough of a stem before the ending that short words ("four", "prise", "filled") keep their own.
 */
export function spellingKey(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/^(\w{3,})our(s|ed|ing|ite|ites|able|er|ers)?$/, '$1or$2')
    .replace(/^(\w{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2')
    .replace(/^(\w{3,})ys(e|es|ed|ing)$/, '$1yz$2')
    .replace(/^(\w{2,}[tbg])re(s|d)?$/, '$1er$2')
    .replace(/^(\w{4,})ll(ed|ing|er|ers|or|ors)$/, '$1l$2')
    .replace(/^(\w{2,})ence(s)?$/, '$1ense$2')
    .replace(/^(\w{3,})ogue(s)?$/, '$1og$2')
    .replace(/^(\w*gram)me(s)?$/, '$1$2')
    .replace(/^(\w*[^aeiou])ae([^aeiou]\w*)$/, (all, head: string, tail: string) => (all.length >= 8 ? `${head}e${tail}` : all));
}

/** "self determination" and "selfdetermination", "Face book" and "Facebook": the same letters, split differently. */
export function sameCompound(a: readonly string[], b: readonly string[]): boolean {
  return a.length + b.length > 2 && a.length > 0 && b.length > 0 && a.join('') === b.join('');
}

/** Words whose change leaves the claim as it was. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Words that open a speaker's next sentence and that an outlet keeps or cuts with it. */
const CONNECTIVES: ReadonlySet<string> = new Set(['so', 'and', 'but', 'well', 'now', 'oh', 'look', 'then', 'also']);

/** Only articles, or nothing ("the German consulate" vs "German consulate"). */
export function onlyArticles(words: readonly string[]): boolean {
  return words.every((w) => ARTICLES.has(w));
}

/** Only articles and connectives: what one outlet adds before or after the words both quote. */
export function onlyLinkWords(words: readonly string[]): boolean {
  return words.every((w) => ARTICLES.has(w) || CONNECTIVES.has(w));
}

/**
 * Words that carry no claim by themselves: two quotes sharing only these share nothing. Intensifiers are
 * among them ("a very sad day" matches "a sad day" on "sad day"), though adding one is still a change.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your',
  'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
  'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall',
  'not', 'no', 'and', 'or', 'but', 'so', 'if', 'then', 'than', 'as', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by',
  'from', 'about', 'into', 'up', 'out', 'over', 'all', 'very', 'really', 'just', 'quite', 'too', 'also', 'there', 'here',
  'what', 'which', 'who', 'how', 'when', 'where', 'why', 'well', 'now', 'oh', 'some', 'any', 'more', 'most',
]);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}
