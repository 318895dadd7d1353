// The `crosscheck` command: `analyze` prints the collection's facts as JSON, `check` prints its findings.
// Exit codes: 0 clean, 1 a warning or error was found, 2 bad usage, unreadable input or a broken config.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { version } from '../../package.json';
import { printable } from './corpus/printable';
import { defaultSettings } from './settings';
import { AnnotationsFileError, reanchorCollection } from './workspace/annotations/reanchor';
import { collectionRootOf } from './workspace/collectionFiles';
import { analyserKey, FactsCache } from './workspace/factsCache';
import { displayPath, loadInputs, type LoadedCollection } from './workspace/loadInputs';
import { analyzeJson, diagnosticJson } from './workspace/output/analyzeJson';
import { checkText } from './workspace/output/checkText';
import { diagnosticList, summaryLine } from './workspace/output/diagnosticList';
import { sarifLog } from './workspace/output/sarif';
import { LineIndex } from './workspace/positions';

const USAGE = `Usage: crosscheck <command> <files or folders...> [options]

Commands:
  analyze   print every article's people, places, dates, quotes and claims, and the
            cross-source matches and findings, as one JSON object (--json)
  check     print the findings; exit 1 when any warning or error is found
  annotations <folder>
            re-anchor the collection's annotations (.crosscheck/annotations.json)
            against the articles' current text and print them as JSON

Options:
  --json                       JSON output (analyze, annotations)
  --format text|json|sarif     output format for check (default: text)
  --published YYYY-MM-DD       publication date for articles that give none
  --cache-dir DIR              keep analyses in DIR to speed up the next run
  -h, --help                   show this help
  -v, --version                show the version

Folders are read by their .crosscheck.json (all .txt and .md files when there is none).
Exit codes: 0 clean, 1 warnings or errors found, 2 bad usage, unreadable input or a
broken .crosscheck.json (every readable article is still checked).
`;

type Format = 'text' | 'json' | 'sarif';

interface Invocation {
  command: 'analyze' | 'check' | 'annotations';
  paths: string[];
  format: Format;
  published: string | null;
  cacheDir: string | null;
}

class UsageError extends Error {}

/** Thrown for input the command cannot work with at all: a missing folder to read annotations from. */
class InputError extends Error {}

function parseArguments(args: string[]): Invocation | 'help' | 'version' {
  if (args.includes('-h') || args.includes('--help')) return 'help';
  if (args.includes('-v') || args.includes('--version')) return 'version';
  const [command, ...rest] = args;
  if (command !== 'analyze' && command !== 'check' && command !== 'annotations') {
    throw new UsageError(command ? `unknown command '${command}' (expected analyze, check or annotations)` : 'no command given');
  }
  const invocation: Invocation = { command, paths: [], format: command === 'check' ? 'text' : 'json', published: null, cacheDir: null };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('-') || arg === '-') {
      invocation.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      invocation.paths.push(...rest.slice(i + 1));
      break;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const given = inline ?? rest[++i];
      if (given === undefined || given === '') throw new UsageError(`${flag} needs a value`);
      return given;
    };
    if (flag === '--json') invocation.format = 'json';
    else if (flag === '--format' && command === 'check') invocation.format = formatOf(value());
    else if (flag === '--published' && command !== 'annotations') invocation.published = publishedDate(value());
    else if (flag === '--cache-dir' && command !== 'annotations') invocation.cacheDir = nodePath.resolve(value());
    else throw new UsageError(`unknown option ${flag} for ${command}`);
  }
  if (invocation.paths.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  if (command === 'annotations' && invocation.paths.length !== 1) throw new UsageError('annotations takes exactly one collection folder');
  return invocation;
}

function formatOf(value: string): Format {
  if (value === 'text' || value === 'json' || value === 'sarif') return value;
  throw new UsageError(`unknown format '${value}' (expected text, json or sarif)`);
}

/** A real calendar date in YYYY-MM-DD, checked with UTC arithmetic so no time zone shifts it. */
function publishedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--published needs a date as YYYY-MM-DD, not '${value}'`);
  return value;
}

async function run(invocation: Invocation): Promise<number> {
  if (invocation.command === 'annotations') return printAnnotations(invocation.paths[0]);
  let unusableInputs = 0;
  const loaded = await loadInputs(invocation.paths, {
    cwd: process.cwd(),
    published: invocation.published,
    maxFileSizeKB: defaultSettings.maxFileSize,
    cache: invocation.cacheDir ? new FactsCache(invocation.cacheDir, analyserKey(version, __filename)) : null,
    notice: (message) => process.stderr.write(`crosscheck: ${printable(message)}\n`),
    problem: (message) => {
      unusableInputs++;
      process.stderr.write(`crosscheck: ${printable(message)}\n`);
    },
  });
  const diagnostics = diagnosticList(loaded);
  const findsProblems = diagnostics.some((d) => d.severity === 'warning' || d.severity === 'error');
  if (invocation.command === 'analyze') {
    process.stdout.write(`${JSON.stringify(analyzeJson(loaded, diagnostics), null, 2)}\n`);
    return unusableInputs > 0 ? 2 : 0;
  }
  if (invocation.format === 'text') {
    process.stdout.write(checkText(diagnostics));
    process.stderr.write(`${summaryLine(diagnostics, articleCount(loaded))}\n`);
  } else if (invocation.format === 'json') {
    process.stdout.write(`${JSON.stringify({ version: 1, diagnostics: diagnostics.map(diagnosticJson) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(sarifLog(diagnostics, version, linesOf(loaded)), null, 2)}\n`);
  }
  // Every readable article is reported; input that could not be used fails the run all the same.
  return unusableInputs > 0 ? 2 : findsProblems ? 1 : 0;
}

async function printAnnotations(folder: string): Promise<number> {
  const absolute = nodePath.resolve(folder);
  const stat = await fs.stat(absolute).catch(() => null);
  if (!stat?.isDirectory()) throw new InputError(`${folder}: no such folder`);
  const root = (await collectionRootOf(absolute)) ?? absolute;
  const annotations = await reanchorCollection(root, {
    maxFileSizeKB: defaultSettings.maxFileSize,
    shownPath: (path) => displayPath(process.cwd(), path),
  });
  process.stdout.write(`${JSON.stringify({ version: 1, annotations }, null, 2)}\n`);
  return 0;
}

function articleCount(loaded: LoadedCollection[]): number {
  return loaded.reduce((sum, { collection }) => sum + collection.paths().length, 0);
}

function linesOf(loaded: LoadedCollection[]): (path: string) => LineIndex {
  const cache = new Map<string, LineIndex>();
  return (path) => {
    let lines = cache.get(path);
    if (!lines) {
      const text = loaded.map(({ collection }) => collection.text(path)).find((t) => t !== undefined) ?? '';
      lines = new LineIndex(text);
      cache.set(path, lines);
    }
    return lines;
  };
}

async function main(args: string[]): Promise<number> {
  try {
    const invocation = parseArguments(args);
    if (invocation === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (invocation === 'version') {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    return await run(invocation);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof AnnotationsFileError) {
      const hint = error instanceof UsageError ? ' (see crosscheck --help)' : '';
      process.stderr.write(`crosscheck: ${printable(error.message)}${hint}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`crosscheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
