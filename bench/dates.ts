// Date benchmark: TimeBank + AQUAINT (TempEval-3, TBAQ-cleaned). For every gold TIMEX3 of type DATE,
// is it found (a reported date overlaps it) and is its value exactly the gold value? The document
// creation time is the publication date. Run: npx tsx bench/dates.ts [--errors]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../server/src/core/dates';
import { layoutOf } from '../server/src/core/text/layout';

const ROOT = join(__dirname, '..', '..', 'shared', 'data', 'tempeval3', 'TBAQ-cleaned');

interface Gold {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

interface Doc {
  name: string;
  text: string;
  dct: string;
  timexes: Gold[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Strips the TimeML tags inside <TEXT>, keeping TIMEX3 spans as offsets into the plain text. */
function readDoc(path: string): Doc | null {
  const xml = readFileSync(path, 'utf8');
  const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1];
  if (!dct || body === undefined) return null;
  let text = '';
  const timexes: Gold[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&([a-z]+);|[^<&]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (!m[1]) {
        open = { start: text.length, type: /type="([^"]*)"/.exec(m[3])?.[1] ?? '', value: /value="([^"]*)"/.exec(m[3])?.[1] ?? '' };
      } else if (open) {
        timexes.push({ ...open, end: text.length, text: text.slice(open.start) });
        open = null;
      }
    } else if (m[4]) {
      text += ENTITIES[m[4]] ?? m[0];
    } else {
      text += m[0];
    }
  }
  return { name: path, text, dct, timexes };
}

export interface DateScores {
  documents: number;
  gold: number;
  found: number;
  exact: number;
  reported: number;
  spurious: number;
  chars: number;
  /** Median milliseconds of findDates over the whole corpus. */
  elapsedMs: number;
  errors: string[];
}

/** TBAQ-cleaned DATE expressions found and valued exactly, or null when the data is absent. */
export function measureDates(showErrors = false): DateScores | null {
  if (!existsSync(ROOT)) return null;
  const docs: Doc[] = [];
  for (const sub of readdirSync(ROOT, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    const dir = join(ROOT, sub.name);
    for (const f of readdirSync(dir)) if (f.endsWith('.tml')) {
      const doc = readDoc(join(dir, f));
      if (doc) docs.push(doc);
    }
  }
  let gold = 0, found = 0, exact = 0, reported = 0, spurious = 0, chars = 0;
  const errors: string[] = [];
  const layouts = docs.map((d) => layoutOf(d.text));
  const results = docs.map((d, k) => findDates(d.text, layouts[k], d.dct));
  // Timing: the median of several passes over the whole corpus, so one busy moment does not decide it.
  const rounds: number[] = [];
  for (let r = 0; r < 7; r++) {
    const started = process.hrtime.bigint();
    docs.forEach((d, k) => findDates(d.text, layouts[k], d.dct));
    rounds.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const elapsedMs = rounds.sort((a, b) => a - b)[3];
  docs.forEach((doc, k) => {
    const dates = results[k];
    chars += doc.text.length;
    reported += dates.length;
    for (const d of dates) {
      if (!doc.timexes.some((g) => g.start < d.end && d.start < g.end)) {
        spurious++;
        if (showErrors) errors.push(`EXTRA  ${JSON.stringify(d.text)} → ${d.value}   | ${context(doc.text, d.start, d.end)}`);
      }
    }
    for (const g of doc.timexes.filter((t) => t.type === 'DATE')) {
      gold++;
      const hits = dates.filter((d) => g.start < d.end && d.start < g.end);
      if (hits.length) found++;
      if (hits.some((d) => d.value === g.value)) exact++;
      else if (showErrors) {
        const got = hits.map((d) => `${JSON.stringify(d.text)}→${d.value}`).join(', ') || 'MISSED';
        errors.push(`WRONG  ${JSON.stringify(g.text)} gold ${g.value} got ${got}  (dct ${doc.dct}) | ${context(doc.text, g.start, g.end)}`);
      }
    }
  });
  return { documents: docs.length, gold, found, exact, reported, spurious, chars, elapsedMs, errors };
}

function main(): void {
  const scores = measureDates(process.argv.includes('--errors'));
  if (!scores) {
    console.log(`dates bench skipped: ${ROOT} not found`);
    return;
  }
  const { gold, found, exact, reported, spurious, chars, elapsedMs, errors } = scores;
  if (errors.length) console.log(errors.join('\n'));
  const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');
  console.log(`TBAQ-cleaned: ${scores.documents} documents, ${gold} gold DATE expressions`);
  console.log(`| measure | value |\n|---|---|`);
  console.log(`| found (span overlap) | ${pct(found, gold)} |`);
  console.log(`| value exactly right | ${pct(exact, gold)} (bar 0.75) |`);
  console.log(`| reported dates overlapping no gold TIMEX3 (any type) | ${spurious} of ${reported} |`);
  const mb = chars / 1e6;
  const worst = worstHostile('2026-01-22');
  console.log(`| worst hostile input (1 MB, one sentence) | ${worst.secondsPerMb.toFixed(3)} s/MB (${worst.name}; bar 1 s/MB) |`);
  console.log(`| time (median of 7 passes) | ${elapsedMs.toFixed(1)} ms for ${mb.toFixed(2)} MB = ${(elapsedMs / 1000 / mb).toFixed(3)} s/MB, ${(elapsedMs / scores.documents).toFixed(2)} ms per document (findDates alone) |`);
}

/** Inputs built to trip a date scanner: long runs of month names, numbers, abbreviations and quote marks. */
function hostileInputs(): Record<string, string> {
  const MB = 1_000_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length));
  return {
    'month names': fill('January May March Jan. Sept. '),
    'numbers': fill('1999 2,000 31 12/31/2026 2026-01-22 9:00 pm ET '),
    'relative words': fill('last next this early late mid- the past the third quarter of two years ago '),
    'capitalised words': fill('Monday Tuesday The Quarter Christmas New Year Alpha Beta '),
    'quote marks': fill('"\'’“” \'80s \'90s '),
    'no spaces': fill('January3,2026-1999/'),
  };
}

/** Seconds per MB (median of 3 runs) for the slowest of the hostile inputs (the bar: no input over 1 s/MB). */
function worstHostile(published: string): { name: string; secondsPerMb: number } {
  let worst = { name: '', secondsPerMb: 0 };
  for (const [name, text] of Object.entries(hostileInputs())) {
    const layout = { paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, paragraph: 0 }], regions: [] };
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const started = process.hrtime.bigint();
      findDates(text, layout, published);
      runs.push(Number(process.hrtime.bigint() - started) / 1e9 / (text.length / 1e6));
    }
    const secondsPerMb = runs.sort((a, b) => a - b)[1];
    if (secondsPerMb > worst.secondsPerMb) worst = { name, secondsPerMb };
  }
  return worst;
}

function context(text: string, start: number, end: number): string {
  return (text.slice(Math.max(0, start - 60), start) + '[[' + text.slice(start, end) + ']]' + text.slice(end, end + 40)).replace(/\s+/g, ' ');
}

if (require.main === module) main();
