// The facts the analysis core extracts from ONE article. Plain, serialisable data: the corpus, the
// language server and the CLI all consume it, and the persistent cache stores it as JSON.
// Offsets are UTF-16 code units into the article text exactly as given (as VS Code holds it), and
// every `text` equals `articleText.slice(start, end)`.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A part of the article that is not running prose, or is prose of a special kind. */
export type RegionKind =
  | 'front-matter'
  | 'heading'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'boilerplate'
  | 'link-url';

export interface Region {
  kind: RegionKind;
  start: number;
  end: number;
}

/** Where running text is laid out: sentences never cross paragraphs; regions are not analysed as prose. */
export interface Layout {
  paragraphs: { start: number; end: number }[];
  sentences: { start: number; end: number; paragraph: number }[];
  regions: Region[];
}

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  /** Host of the article's URL from front matter ("ledger.example"), or null. */
  host: string | null;
  /** A domain the article's own sign-off or share line gives ("Write to … at a@ledger.example"), or null. */
  siteDomain: string | null;
  /** YYYY-MM-DD, or null when no source gave one. */
  published: string | null;
  publishedFrom: 'front-matter' | 'dateline' | 'config' | 'fallback' | null;
}

export type EntityType = 'person' | 'organization' | 'place';

/** One person, organisation or place within the article (in-article coreference already applied). */
export interface ArticleEntity {
  /** Index in `ArticleFacts.entityList`. */
  id: number;
  /** The fullest form used in the article, titles removed: "Miguel Díaz-Canel". */
  name: string;
  type: EntityType;
  /** Every other form used for it in the article: "Díaz-Canel", "Diaz-Canel". */
  aliases: string[];
}

export interface EntityMention extends Span {
  type: EntityType;
  /** Index in `ArticleFacts.entityList`. */
  entity: number;
}

export interface DateMention extends Span {
  /** ISO 8601 / TimeML-style value: 2026-01-11, 2026-01, 1959, 196X, 2026-W03; null when unresolvable. */
  value: string | null;
  /** True when the value depended on the publication date ("Thursday", "last week"). */
  relative: boolean;
  /** Present and true when the text casts doubt on that resolution ("are expected to ... on Sunday"
   *  read as last Sunday; a holiday taken as next year's in an article dated just after it). */
  doubtful?: boolean;
}

export type QuoteKind = 'direct' | 'fragment' | 'scare';

export interface QuoteMention extends Span {
  /** start/end/text are the words inside the quotation marks. */
  kind: QuoteKind;
  /** The words naming the speaker as written near the quote ("Rodolfo Jiménez", "a White House official"), or null. */
  speakerText: string | null;
  /** Where the speaker is named (the antecedent's mention when the cue is a pronoun), or null. */
  speakerSpan: { start: number; end: number } | null;
  /** The speaker as an in-article entity, when the speaker is a named person or organisation. */
  speakerEntity: number | null;
  /** Attribution verb or phrase that tied the speaker ("said", "according to", "wrote"), or null. */
  cue: string | null;
}

/** A normalised figure: "around two dozen" → {value: 24, approximate: true, unit: ''}. */
export interface Figure extends Span {
  value: number;
  /** For ranges and approximations, the interval the figure covers. */
  low: number;
  high: number;
  /** Normalised unit: 'percent', 'usd', 'year' (durations), 'age', '' for plain counts. */
  unit: string;
  approximate: boolean;
  /** The noun the figure counts ("soldiers", "political prisoners"), lower-cased, or ''. */
  counted: string;
}

export interface ClaimMention extends Span {
  attributed: boolean;
  /** Who it is attributed to, as written ("the Wall Street Journal", "economists"), or null. */
  source: string | null;
  figures: Figure[];
  /** Indexes into `ArticleFacts.dates` of the dates inside the claim. */
  dates: number[];
  /** Indexes into `ArticleFacts.entityList` of the entities the claim is about. */
  entities: number[];
  /** Content words, lower-cased and stemmed lightly, for matching the same claim across articles. */
  keywords: string[];
}

/** A source the article names as where its information came from ("a report by the Wall Street Journal"). */
export interface Citation extends Span {
  name: string;
}

export interface ArticleFacts {
  /** Content hash of the text (for caches). */
  hash: string;
  length: number;
  metadata: ArticleMetadata;
  layout: Layout;
  entityList: ArticleEntity[];
  entities: EntityMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  claims: ClaimMention[];
  cites: Citation[];
}

/** What the caller knows about the article besides its text. */
export interface AnalyzeOptions {
  /** Publication date from `.crosscheck.json` for this file (YYYY-MM-DD); wins over the text. */
  published?: string | null;
  /** Fallback publication date (CLI `--published`) when neither config nor text gives one. */
  fallbackPublished?: string | null;
  /** Outlet from `.crosscheck.json` for this file. */
  outlet?: string | null;
}
