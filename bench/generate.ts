// Generates a large synthetic article collection from the project's own samples: every copy of the
// sample collection becomes new stories by renaming each proper name to an invented one, so that
// copies do not merge into one giant story while each keeps the samples' planted findings. Each
// article also gets a background section, paragraphs of another sample with names invented for that
// file alone and no quotations, so articles reach the ~6 KB of real news copy without
// tying stories together.
// Run: npx tsx bench/generate.ts <count> <out folder>
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { analyzeArticle } from '../server/src/core/analyze';

const SAMPLES = join(__dirname, '..', 'samples');

interface SampleArticle {
  path: string;
  text: string;
}

function samplesUnder(folder: string): SampleArticle[] {
  const found: SampleArticle[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...samplesUnder(path));
    else if (/\.(txt|md)$/.test(name) && name !== 'PLANTED.md') {
      found.push({ path: relative(SAMPLES, path), text: readFileSync(path, 'utf8') });
    }
  }
  return found;
}

/** Every capitalised word that is part of a recognised name in any sample. */
function nameWords(samples: SampleArticle[]): string[] {
  const words = new Set<string>();
  for (const { text } of samples) {
    for (const mention of analyzeArticle(text).entities) {
      for (const word of mention.text.match(/\p{Lu}[\p{L}]{2,}/gu) ?? []) words.add(word);
    }
  }
  return [...words].sort((a, b) => b.length - a.length);
}

const SYLLABLES = ['ka', 'ro', 'mi', 'tel', 'va', 'dor', 'sen', 'lu', 'bra', 'ni', 'quel', 'to', 'zan', 'pe', 'gor', 'li'];

/** `n` written in syllables, one per base-16 digit, at least `digits` of them. */
function syllablesOf(n: number, digits: number): string {
  let out = '';
  for (let i = 0; i < digits || n > 0; i++) {
    out = SYLLABLES[n % SYLLABLES.length] + out;
    n = Math.floor(n / SYLLABLES.length);
  }
  return out;
}

/**
 * The invented word for the `index`th name word in copy `seed`: the word's syllables, then the copy's.
 * Distinct for every word and copy, so that no two copies share a name and merge into one story.
 */
function inventedWord(index: number, seed: number): string {
  const invented = syllablesOf(index, 2) + syllablesOf(seed, 1);
  return invented[0]!.toUpperCase() + invented.slice(1);
}

/** Bytes of background each article gets, bringing the samples' ~3.6 KB to ~6 KB on average. */
const BACKGROUND_BYTES = 2700;
/** Quotation marks; background paragraphs holding one are left out, so background quotes nobody. */
const QUOTATION_MARK = /["\u201c\u201d\u2018]/;

/** Body paragraphs of `sample` (no title, dateline or front matter), as many as fit the budget. */
function backgroundOf(sample: SampleArticle): string {
  const paragraphs = sample.text.split(/\n\s*\n/).filter((p) => p.length > 120 && !p.startsWith('---') && !QUOTATION_MARK.test(p));
  let background = '';
  for (const paragraph of paragraphs) {
    if (background.length >= BACKGROUND_BYTES) break;
    background += `\n\n${paragraph.trim()}`;
  }
  return background;
}

export function generateCollection(count: number, out: string): { files: number; bytes: number } {
  const samples = samplesUnder(SAMPLES);
  const words = nameWords(samples);
  const pattern = new RegExp(`(?<![\\p{L}])(${words.join('|')})(?![\\p{L}])`, 'gu');
  const indexOf = new Map(words.map((word, i) => [word, i]));
  const rename = (text: string, seed: number) => text.replace(pattern, (word) => inventedWord(indexOf.get(word)!, seed));
  const backgrounds = samples.map(backgroundOf);
  let files = 0;
  let bytes = 0;
  for (let copy = 0; files < count; copy++) {
    for (const [i, sample] of samples.entries()) {
      if (files >= count) break;
      // Background names are invented per file (seeds past any copy number), so no two files share them.
      const background = rename(backgrounds[(i + 1) % samples.length], 1_000_000 + files);
      const text = `${rename(sample.text, copy).trimEnd()}\n\nBackground${background}\n`;
      const path = join(out, `copy-${String(copy).padStart(5, '0')}`, sample.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      files++;
      bytes += Buffer.byteLength(text);
    }
  }
  const config = readFileSync(join(SAMPLES, '.crosscheck.json'), 'utf8');
  const { published } = JSON.parse(config) as { published?: Record<string, string> };
  const datedCopies: Record<string, string> = {};
  for (let copy = 0; copy * samples.length < count; copy++) {
    for (const [path, date] of Object.entries(published ?? {})) {
      datedCopies[`copy-${String(copy).padStart(5, '0')}/${path}`] = date;
    }
  }
  writeFileSync(join(out, '.crosscheck.json'), JSON.stringify({ published: datedCopies }, null, 1));
  return { files, bytes };
}

if (require.main === module) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out) {
    console.error('usage: npx tsx bench/generate.ts <count> <out folder>');
    process.exit(2);
  }
  const { files, bytes } = generateCollection(Number(count), out);
  console.log(`${files} articles, ${(bytes / 1e6).toFixed(1)} MB in ${out}`);
}
