// `crosscheck check` output formats: compiler-style text lines, JSON, and SARIF 2.1.0.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { copyFixture, repoRoot, runCli } from './runCli';

const LINE = /^(.+):(\d+):(\d+): (error|warning|information|hint) ([a-z-]+): (.+)$/;

interface JsonDiagnostic {
  path: string;
  start: number;
  line: number;
  character: number;
  severity: string;
  code: string;
  related: { path: string; start: number; end: number }[];
}

function jsonDiagnostics(folder: string, cwd = repoRoot): JsonDiagnostic[] {
  const run = runCli(['check', '--format', 'json', folder], cwd);
  assert.equal(run.code, 1, run.stderr);
  const json = JSON.parse(run.stdout) as { version: number; diagnostics: JsonDiagnostic[] };
  assert.equal(json.version, 1);
  return json.diagnostics;
}

describe('crosscheck check formats', () => {
  it('prints one compiler-style line per finding, 1-based, and a summary on stderr', () => {
    const run = runCli(['check', 'test/fixtures/ferry-fire']);
    const lines = run.stdout.trim().split('\n');
    const json = jsonDiagnostics('test/fixtures/ferry-fire');
    assert.equal(lines.length, json.length);
    lines.forEach((line, i) => {
      const match = LINE.exec(line);
      assert.ok(match, `"${line}" has the form path:line:col: severity code: message`);
      assert.deepEqual(
        [match[1], Number(match[2]), Number(match[3]), match[4], match[5]],
        [json[i].path, json[i].line + 1, json[i].character + 1, json[i].severity, json[i].code],
      );
    });
    assert.match(run.stderr, /^\d+ warnings?(, .+)? in 3 articles\n$/);
  });

  it('reports the conflicting quote in both outlets, each pointing at the other', () => {
    const quotes = jsonDiagnostics('test/fixtures/ferry-fire').filter((d) => d.code === 'conflicting-quote');
    const courier = quotes.find((d) => d.path.endsWith('coastline-courier.md'));
    const tidewater = quotes.find((d) => d.path.endsWith('tidewater-daily.txt'));
    assert.ok(courier && tidewater, 'both outlets carry a conflicting-quote');
    assert.ok(courier.related.some((r) => r.path === tidewater.path));
    assert.ok(tidewater.related.some((r) => r.path === courier.path));
    const text = fs.readFileSync(nodePath.join(repoRoot, tidewater.path), 'utf8');
    const related = courier.related.find((r) => r.path === tidewater.path)!;
    assert.match(text.slice(related.start, related.end), /everybody/);
  });

  it('reports the conflicting passenger count and leaves excluded drafts and other files out', () => {
    const diagnostics = jsonDiagnostics('test/fixtures/ferry-fire');
    const numbers = diagnostics.filter((d) => d.code === 'conflicting-number').map((d) => d.path.split('/').pop());
    assert.deepEqual([...new Set(numbers)].sort(), ['coastline-courier.md', 'tidewater-daily.txt']);
    const everyPath = diagnostics.flatMap((d) => [d.path, ...d.related.map((r) => r.path)]);
    assert.ok(everyPath.every((path) => !path.includes('drafts/') && !path.endsWith('.html')), everyPath.join(', '));
  });

  it('hides codes the collection turns off in .crosscheck.json', () => {
    const folder = copyFixture('ferry-fire');
    const configPath = nodePath.join(folder, '.crosscheck.json');
    const config = JSON.parse(fs.readFileSync(configPath, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(configPath, JSON.stringify({ ...config, severity: { 'conflicting-quote': 'off', 'conflicting-number': 'error' } }));
    const diagnostics = jsonDiagnostics('.', folder);
    assert.ok(!diagnostics.some((d) => d.code === 'conflicting-quote'));
    assert.ok(diagnostics.some((d) => d.code === 'conflicting-number' && d.severity === 'error'));
  });

  it('writes valid minimal SARIF 2.1.0 with the same findings', () => {
    const run = runCli(['check', '--format=sarif', 'test/fixtures/ferry-fire']);
    assert.equal(run.code, 1);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const [run0] = sarif.runs;
    assert.equal(run0.tool.driver.name, 'Crosscheck');
    const ruleIds = new Set(run0.tool.driver.rules.map((r) => r.id));
    const json = jsonDiagnostics('test/fixtures/ferry-fire');
    assert.equal(run0.results.length, json.length);
    run0.results.forEach((result, i) => {
      assert.ok(ruleIds.has(result.ruleId));
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, json[i].path);
      assert.deepEqual([region.startLine, region.startColumn], [json[i].line + 1, json[i].character + 1]);
    });
  });
});
