// What the corpus answers about a whole collection of articles. Plain data, shared by the language
// server features, the CLI and the side panel (through `protocol.ts`).
import type { EntityType } from '../core/types';

/** A place in one article. `text` equals the article text between start and end. */
export interface Location {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** One person, organisation or place across the collection. */
export interface EntityCluster {
  /** Stable across runs for the same collection: derived from the type and the usual name ("person:miguel-diaz-canel"). */
  id: string;
  /** The collection's usual spelling. */
  name: string;
  type: EntityType;
  /** Every other spelling seen. */
  aliases: string[];
  /** Paths of the articles that mention it, sorted. */
  documents: string[];
  mentions: Location[];
}

export type MatchKind = 'quote' | 'number' | 'date' | 'claim';
export type MatchStatus = 'agrees' | 'variant' | 'conflict' | 'uncorroborated';

export interface MatchMember extends Location {
  /** Speaker cluster id for quotes; null when unknown. */
  speaker?: string | null;
  /** Normalised figure or date value, for numbers and dates. */
  value?: string | number | null;
}

/** A group of places in different articles that report the same quote, figure, date or claim. */
export interface MatchGroup {
  id: string;
  kind: MatchKind;
  status: MatchStatus;
  members: MatchMember[];
  /** How many independent origins the members come from (rewrites of one article count once). */
  origins: number;
  /** One line for people: "worded differently: “reported” vs “snitched on”". */
  note: string;
  /** Story the group belongs to. */
  story: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type DiagnosticCode =
  | 'conflicting-quote'
  | 'quote-variant'
  | 'conflicting-number'
  | 'updated-figure'
  | 'conflicting-date'
  | 'unsourced-claim'
  | 'unattributed-quote'
  | 'uncorroborated-claim'
  | 'single-origin'
  | 'name-variant'
  | 'analysis-failed'
  | 'missing-publication-date';

/** Every code, for reading the user's severity choices: keys named anything else are ignored. */
export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = [
  'conflicting-quote',
  'quote-variant',
  'conflicting-number',
  'updated-figure',
  'conflicting-date',
  'unsourced-claim',
  'unattributed-quote',
  'uncorroborated-claim',
  'single-origin',
  'name-variant',
  'analysis-failed',
  'missing-publication-date',
];

/** A change a quick fix offers. `replace` edits the article; `teach` edits `.crosscheck.json`. */
export type Fix =
  | { title: string; kind: 'replace'; start: number; end: number; newText: string }
  | { title: string; kind: 'teach'; teach: ConfigTeaching };

export type ConfigTeaching =
  | { alias: { name: string; alias: string } }
  | { notSame: [string, string] }
  | { ignore: string }
  /** `path` is the article's path as the collection knows it; the fix writes it relative to the config. */
  | { published: { path: string; date: string } };

export interface CollectionDiagnostic {
  path: string;
  start: number;
  end: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  related: { path: string; start: number; end: number; message: string }[];
  fixes: Fix[];
}

/** The contents of `.crosscheck.json`: which files are articles and what the user taught about the story. */
export interface CollectionConfig {
  /** Globs (relative to the collection folder) of the files that are articles. */
  articles: string[];
  /** Globs of files never treated as articles. */
  exclude: string[];
  /** Publication date per relative path, YYYY-MM-DD. */
  published: Record<string, string>;
  /** Outlet name per relative path. */
  outlets: Record<string, string>;
  /** Other spellings per usual name: { "Miguel Díaz-Canel": ["Díaz-Canel"] }. */
  aliases: Record<string, string[]>;
  /** Pairs of names that are different people or bodies and must never be merged. */
  notSame: [string, string][];
  /** Entity type per name, overriding the analysis. */
  entityTypes: Record<string, EntityType>;
  /** Exact claim or quote texts, or names, whose diagnostics are suppressed. */
  ignore: string[];
}
