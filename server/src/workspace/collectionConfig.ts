// Reads a collection's `.crosscheck.json`. A broken file is reported (with its line and column) and the
// collection falls back to defaults, so one typo never stops the checking of the articles.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { defaultConfig, ownEntry, parseConfig, type ConfigError } from '../corpus/config';
import { type JsonNode, lineAndCharacter } from '../corpus/jsonTree';
import type { CollectionConfig } from '../corpus/types';
import type { AnalyzeOptions } from '../core/types';
import { CONFIG_FILE } from './collectionFiles';
import { globMatcher, globProblem, type PathMatcher } from './glob';
import { chooseSeverity, type SeverityChoices } from './severity';

export interface ConfigLoad {
  config: CollectionConfig;
  /** The collection's own severities ("severity": {"quote-variant": "off"}), read by the checkers. */
  severity: SeverityChoices;
  /** Why the file could not be used, or null when it was fine or absent. */
  problem: ConfigProblem | null;
  /** The file's text as read (null when absent or unreadable), to tell a real change from a repeated event. */
  text: string | null;
}

/** A `.crosscheck.json` that could not be used: the collection is read with the defaults instead. */
export interface ConfigProblem {
  file: string;
  /** 0-based place of the problem in the file (its start when the file could not be read at all). */
  line: number;
  character: number;
  reason: string;
}

/** "path:3:14: reason; using defaults", with the file shown as `shown` gives it. */
export function configProblemLine(problem: ConfigProblem, shown: (file: string) => string = (file) => file): string {
  return `${shown(problem.file)}:${problem.line + 1}:${problem.character + 1}: ${problem.reason}; using defaults`;
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
    const reason = `cannot be read (${code ?? String(error)})`;
    return { config: defaultConfig(), severity: {}, problem: { file, line: 0, character: 0, reason }, text: null };
  }
  return configFromText(text, file);
}

export function configFromText(text: string, file: string): ConfigLoad {
  const parsed = parseConfig(text);
  const error = parsed.ok ? unusableGlob(parsed.tree) : parsed.error;
  if (parsed.ok && !error) return { config: parsed.config, severity: severityOf(parsed.tree), problem: null, text };
  const { offset, message } = error!;
  const { line, character } = offset === undefined ? { line: 0, character: 0 } : lineAndCharacter(text, offset);
  return { config: defaultConfig(), severity: {}, problem: { file, line, character, reason: message }, text };
}

/** The first glob of "articles" or "exclude" that could not select any file of the collection. */
function unusableGlob(root: JsonNode | null): ConfigError | null {
  if (root?.kind !== 'object') return null;
  for (const { key, value } of root.properties) {
    if ((key !== 'articles' && key !== 'exclude') || value.kind !== 'array') continue;
    for (const item of value.items) {
      const problem = item.kind === 'string' ? globProblem(item.value) : null;
      if (problem) return { message: `"${key}": ${problem}`, offset: item.start };
    }
  }
  return null;
}

/** The optional "severity" object; unknown codes or levels are ignored like other unknown keys. */
function severityOf(root: JsonNode | null): SeverityChoices {
  const choices: SeverityChoices = {};
  const node = root?.kind === 'object' ? root.properties.find((p) => p.key === 'severity')?.value : undefined;
  if (node?.kind !== 'object') return choices;
  for (const { key, value } of node.properties) chooseSeverity(choices, key, value.kind === 'string' ? value.value : undefined);
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
