// Reads a collection's `.crosscheck.json`. A broken file is reported (with its line) and the
// collection falls back to defaults, so one typo never stops the checking of the articles.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { defaultConfig, ownEntry, parseConfig } from '../corpus/config';
import { parseJsonTree } from '../corpus/jsonTree';
import { DIAGNOSTIC_CODES, type CollectionConfig, type Severity } from '../corpus/types';
import type { AnalyzeOptions } from '../core/types';
import { CONFIG_FILE } from './collectionFiles';
import { globMatcher, type PathMatcher } from './glob';
import type { SeverityChoices } from './severity';

export interface ConfigLoad {
  config: CollectionConfig;
  /** The collection's own severities ("severity": {"quote-variant": "off"}), read by the checkers. */
  severity: SeverityChoices;
  /** Why the file could not be used ("line 4, column 3: ..."), or null when it was fine or absent. */
  problem: string | null;
  /** The file's text as read (null when absent or unreadable), to tell a real change from a repeated event. */
  text: string | null;
}

/** The config of the collection at `root`; defaults when `root` is null or holds no `.crosscheck.json`. */
export async function loadCollectionConfig(root: string | null): Promise<ConfigLoad> {
  if (!root) return { config: defaultConfig(), severity: {}, problem: null, text: null };
  const file = nodePath.join(root, CONFIG_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { config: defaultConfig(), severity: {}, problem: null, text: null };
    return { config: defaultConfig(), severity: {}, problem: `${file}: cannot be read (${code ?? String(error)}); using defaults`, text: null };
  }
  return configFromText(text, file);
}

export function configFromText(text: string, file: string): ConfigLoad {
  const parsed = parseConfig(text);
  if (!parsed.ok) {
    const { message, line, character } = parsed.error;
    const place = line === undefined ? '' : `:${line + 1}:${(character ?? 0) + 1}`;
    return { config: defaultConfig(), severity: {}, problem: `${file}${place}: ${message}; using defaults`, text };
  }
  return { config: parsed.config, severity: severityOf(text), problem: null, text };
}

const LEVELS: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The optional "severity" object; unknown codes or levels are ignored like other unknown keys. */
function severityOf(text: string): SeverityChoices {
  const choices: SeverityChoices = {};
  if (text.trim() === '') return choices;
  const root = parseJsonTree(text);
  const node = root.kind === 'object' ? root.properties.find((p) => p.key === 'severity')?.value : undefined;
  if (node?.kind !== 'object') return choices;
  for (const { key, value } of node.properties) {
    const code = DIAGNOSTIC_CODES.find((c) => c === key);
    const level = value.kind === 'string' ? LEVELS.find((l) => l === value.value) : undefined;
    if (code && level) choices[code] = level;
  }
  return choices;
}

/** Crosscheck's own files are never articles, whatever the globs say (`"articles": ["**"]`). */
const OWN_FILES = globMatcher([`**/${CONFIG_FILE}`, '**/.crosscheck/**']);

/** Which collection-relative paths are articles: the config's globs minus its exclusions. */
export function articleMatcher(config: CollectionConfig): PathMatcher {
  const included = globMatcher(config.articles);
  const excluded = globMatcher(config.exclude);
  return (relativePath) => included(relativePath) && !excluded(relativePath) && !OWN_FILES(relativePath);
}

/** What the config knows about one article besides its text, for the analysis core. */
export function analyzeOptionsFor(config: CollectionConfig, relativePath: string, fallbackPublished: string | null): AnalyzeOptions {
  return {
    published: ownEntry(config.published, relativePath) ?? null,
    outlet: ownEntry(config.outlets, relativePath) ?? null,
    fallbackPublished,
  };
}
