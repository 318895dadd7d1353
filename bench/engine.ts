// The cross-source engine's bars in one run: cross-document name clusters on ECB+ beside an
// exact-string baseline, the seed checks, the mutation benchmark, findings on real coverage against
// gold lists, the language server on a generated 10,000-article collection, and `crosscheck check`
// beside cspell with growth from 1,000 to 10,000 articles. Each part runs as its own process (each prints its full report as it goes); the table at
// the end gathers their headline figures against the bars. Parts whose ../shared data is absent say so.
// Run: npm run build && npx tsx bench/engine.ts [part ...]   or   npm run bench:engine   (about 15 minutes
// on 2 cores); parts: ecbplus seeds mutations coverage server scale.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface Row {
  measure: string;
  value: string;
  bar?: string;
  pass?: boolean;
}

const rows: Row[] = [];

/** Runs one benchmark script, echoing its report, and returns what it printed. */
function run(script: string, args: string[] = []): string {
  console.log(`\n$ npx tsx bench/${script} ${args.join(' ')}`.trimEnd());
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, script), ...args], {
    cwd: join(__dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.stdout;
}

function numberAfter(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
}

function ecbplus(): void {
  const out = run('ecbplus.ts');
  const all = /^all\s+\d+\s+[\d.]+\s+\|\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s+\|\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)/m.exec(out);
  if (!all) return void rows.push({ measure: 'ECB+ dev name clusters', value: out.includes('skipped') ? 'skipped (data absent)' : 'no result' });
  const [f1, b3, baseF1, baseB3] = all.slice(1).map((v) => Number(v) / 100) as [number, number, number, number];
  rows.push({ measure: 'ECB+ dev pairwise F1 (exact-string baseline)', value: `${f1.toFixed(3)} (${baseF1.toFixed(3)})`, bar: '≥ 0.80', pass: f1 >= 0.8 });
  rows.push({ measure: 'ECB+ dev B³ F1 (exact-string baseline)', value: `${b3.toFixed(3)} (${baseB3.toFixed(3)})` });
}

function seeds(): void {
  const out = run('seeds.ts');
  const passed = (out.match(/^PASS /gm) ?? []).length;
  const failed = (out.match(/^FAIL /gm) ?? []).length;
  if (passed + failed === 0) return void rows.push({ measure: 'seed checks', value: 'skipped (seeds absent)' });
  rows.push({ measure: 'seed checks (conflict, variant, agreeing figures and dates, uncorroborated)', value: `${passed}/${passed + failed}`, bar: 'all', pass: failed === 0 });
}

function mutations(): void {
  const out = run('mutations.ts');
  const overall = /Overall: (\d+)\/(\d+) changes detected .*unchanged copies with unplanned conflicts: (\d+)/.exec(out);
  if (!overall) return void rows.push({ measure: 'mutations', value: 'no result' });
  const [detected, trials, unplanned] = overall.slice(1).map(Number) as [number, number, number];
  rows.push({ measure: 'mutations: changes detected', value: `${detected}/${trials} = ${((100 * detected) / trials).toFixed(1)}%`, bar: '≥ 95%', pass: detected / trials >= 0.95 });
  rows.push({ measure: 'mutations: unchanged copies with unplanned conflicts', value: String(unplanned), bar: '0', pass: unplanned === 0 });
}

function server(): void {
  const out = run('serverScale.ts', ['10000']);
  const cold = numberAfter(out, /cold: initialize -> indexed\s+([\d.]+) s/);
  const snapshot = numberAfter(out, /from cache: initialize -> every article's findings out \(snapshot\)\s+([\d.]+) s/);
  const rebuilt = numberAfter(out, /from cache: initialize -> indexed\s+([\d.]+) s/);
  const editP95 = numberAfter(out, /didChange -> publishDiagnostics\s+median [\d.]+ ms, p95 ([\d.]+) ms/);
  const rss = numberAfter(out, /server resident memory after edits\s+([\d.]+) MB/);
  const seconds = (v: number | undefined) => (v === undefined ? 'no result' : `${v.toFixed(1)} s`);
  rows.push({ measure: 'server, 10,000 articles: cold index', value: seconds(cold), bar: '≤ 60 s', pass: cold !== undefined && cold <= 60 });
  rows.push({ measure: 'server, 10,000 articles: reopened, every finding shown', value: seconds(snapshot), bar: '≤ 5 s', pass: snapshot !== undefined && snapshot <= 5 });
  rows.push({ measure: 'server, 10,000 articles: reopened, index rebuilt', value: seconds(rebuilt) });
  rows.push({ measure: 'server, 10,000 articles: edit -> fresh diagnostics p95', value: editP95 === undefined ? 'no result' : `${editP95.toFixed(1)} ms`, bar: '≤ 50 ms', pass: editP95 !== undefined && editP95 <= 50 });
  rows.push({ measure: 'server, 10,000 articles: resident memory', value: rss === undefined ? 'no result' : `${rss.toFixed(0)} MB`, bar: '≤ 1024 MB', pass: rss !== undefined && rss <= 1024 });
}

function scale(): void {
  const out = run('scale.ts', ['1000', '2000', '10000']);
  const check = /(\d+) articles: crosscheck check ([\d.]+) s, cspell ([\d.]+) s/.exec(out);
  if (check) {
    const [ours, theirs] = [Number(check[2]), Number(check[3])];
    rows.push({ measure: `crosscheck check vs cspell, ${check[1]} articles`, value: `${ours.toFixed(1)} s vs ${theirs.toFixed(1)} s`, bar: 'no slower', pass: ours <= theirs });
  } else rows.push({ measure: 'crosscheck check vs cspell', value: /skipped[^\n]*/.exec(out)?.[0] ?? 'no result' });
  const growth = /^\s+10000: cold ([\d.]+), reopen ([\d.]+)/m.exec(out);
  if (growth) rows.push({ measure: 'time per article at 10,000 relative to 1,000 (1.00 = linear)', value: `cold ${growth[1]}, reopen ${growth[2]}` });
}

function coverage(): void {
  const out = run('coverage.ts');
  const all = /^all annotated events .*precision ([\d.]+) .*recall ([\d.]+) .*warnings\/article ([\d.]+)/m.exec(out);
  if (!all) return void rows.push({ measure: 'real coverage', value: /skipped[^\n]*/.exec(out)?.[0] ?? 'no result' });
  const [precision, recall, perArticle] = all.slice(1).map(Number) as [number, number, number];
  const held = /^held out .*precision ([\d.]+) .*recall ([\d.]+)/m.exec(out);
  const heldOut = held ? ` (held out ${held[1]})` : '';
  rows.push({ measure: 'real coverage: precision of conflict warnings (held-out half)', value: `${precision.toFixed(2)}${heldOut}`, bar: '≥ 0.80', pass: precision >= 0.8 });
  rows.push({ measure: 'real coverage: recall of gold conflicts (held-out half)', value: `${recall.toFixed(2)}${held ? ` (held out ${held[2]})` : ''}`, bar: '≥ 0.50', pass: recall >= 0.5 });
  rows.push({ measure: 'real coverage: warnings per article', value: perArticle.toFixed(2), bar: '≤ 1.0', pass: perArticle <= 1 });
}

const parts: Record<string, () => void> = { ecbplus, seeds, mutations, coverage, server, scale };
const chosen = process.argv.slice(2);
for (const [name, part] of Object.entries(parts)) if (chosen.length === 0 || chosen.includes(name)) part();

const width = Math.max(...rows.map((r) => r.measure.length));
console.log('\nCross-source engine bars');
for (const r of rows) {
  const verdict = r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL';
  console.log(`${r.measure.padEnd(width)}  ${r.value.padEnd(22)}  ${(r.bar ?? '').padEnd(10)}  ${verdict}`);
}
process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
