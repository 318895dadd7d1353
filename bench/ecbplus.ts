// Cross-document name clusters on ECB+ dev: for each topic, every document's text is rebuilt from the
// CAT XML tokens, analysed, and added to one Collection. Gold mentions are the named participants and
// locations (every word capitalised) in the sentences the corpus lists for evaluation; each is scored
// with the cluster of the predicted name overlapping it. Pairwise F1 over mention pairs in different
// documents and B³ F1 are compared with an exact-string baseline (same folded text = same cluster) on
// the same mentions. Coverage says how many gold names a predicted name overlaps at all.
// Run: npx tsx bench/ecbplus.ts [--errors]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/core/analyze';
import { Collection } from '../server/src/corpus/collection';
import { foldName } from '../server/src/corpus/fold';

const ECB = join(__dirname, '..', '..', 'shared', 'data', 'ecbplus');
const showErrors = process.argv.includes('--errors');

const NAMED_TYPES = new Set([
  'HUMAN_PART_PER', 'HUMAN_PART_ORG', 'HUMAN_PART_GPE', 'HUMAN_PART', 'NON_HUMAN_PART', 'LOC_GEO', 'LOC_FAC', 'LOC_OTHER',
]);
/** Lower-case words a proper name may hold ("Gulf of Aden", "Bank of the West"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'for', 'on', 'in', 'at', 'van', 'von', 'da', 'du', 'al', 'el', "'s", '-', '&', '.']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'him', 'them', 'this', 'that', 'these', 'those', 'who']);

interface Token {
  id: number;
  sentence: number;
  text: string;
  start: number;
  end: number;
}

interface GoldMention {
  doc: string;
  start: number;
  end: number;
  text: string;
  /** Cross-document instance id, or a per-document id for a mention linked to nothing. */
  gold: string;
}

interface Doc {
  name: string;
  text: string;
  mentions: GoldMention[];
}

function decodeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '%', "'s", "n't", "'re", "'ll", "'ve", "'m", "'d", "''", "'"]);
const NO_SPACE_AFTER = new Set(['(', '[', '$', '``']);

/** Evaluated sentence numbers per "topic_file" (e.g. "2_1ecb"). */
function readSelectedSentences(): Map<string, Set<number>> {
  const selected = new Map<string, Set<number>>();
  const lines = readFileSync(join(ECB, 'ECBplus_coreference_sentences.csv'), 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [topic, file, sentence] = line.split(',');
    if (!topic || !file || sentence === undefined) continue;
    const key = `${topic}_${file}`;
    let set = selected.get(key);
    if (!set) selected.set(key, (set = new Set()));
    set.add(Number(sentence));
  }
  return selected;
}

/**
 * The document as an article: the first sentence (the headline; the URL in ECB+ files, dropped) on its
 * own line, then each sentence as a paragraph, tokens joined the way newspapers print them.
 */
function readDoc(path: string, name: string, selected: Set<number>): Doc {
  const xml = readFileSync(path, 'utf8');
  const isPlus = name.endsWith('ecbplus');
  const tokens: Token[] = [];
  let text = '';
  let sentence = -1;
  let previous = '';
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g)) {
    const s = Number(m[2]);
    if (isPlus && s === 0) continue;
    let t = decodeXml(m[3]!);
    if (t === '``' || t === "''") t = '"';
    if (s !== sentence) {
      if (text !== '') text += '\n\n';
      sentence = s;
    } else if (!NO_SPACE_BEFORE.has(m[3]!) && !NO_SPACE_AFTER.has(previous)) {
      text += ' ';
    }
    const start = text.length;
    text += t;
    tokens.push({ id: Number(m[1]), sentence: s, text: t, start, end: text.length });
    previous = m[3]!;
  }
  const byId = new Map(tokens.map((t) => [t.id, t]));

  const markables = new Map<string, { type: string; tokens: Token[] }>();
  const markablesXml = xml.slice(xml.indexOf('<Markables>'), xml.indexOf('</Markables>'));
  for (const m of markablesXml.matchAll(/<([A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    const anchored = [...m[3]!.matchAll(/t_id="(\d+)"/g)].map((a) => byId.get(Number(a[1]))).filter((t): t is Token => !!t);
    markables.set(m[2]!, { type: m[1]!, tokens: anchored.sort((a, b) => a.id - b.id) });
  }
  const instanceOf = new Map<string, string>();
  for (const r of xml.matchAll(/<CROSS_DOC_COREF r_id="\d+" note="([^"]*)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    for (const s of r[2]!.matchAll(/<source m_id="(\d+)"/g)) instanceOf.set(s[1]!, r[1]!);
  }

  const mentions: GoldMention[] = [];
  for (const [id, mk] of markables) {
    if (!NAMED_TYPES.has(mk.type) || mk.tokens.length === 0) continue;
    if (!selected.has(mk.tokens[0]!.sentence) || !isProperName(mk.tokens)) continue;
    const start = mk.tokens[0]!.start;
    const end = mk.tokens[mk.tokens.length - 1]!.end;
    mentions.push({ doc: name, start, end, text: text.slice(start, end), gold: instanceOf.get(id) ?? `${name}#${id}` });
  }
  return { name, text, mentions };
}

/** Every word capitalised, bar connectors and a leading "the"; pronouns are never names. */
function isProperName(tokens: Token[]): boolean {
  let capitalised = 0;
  for (const [i, t] of tokens.entries()) {
    const first = t.text[0]!;
    if (first >= 'A' && first <= 'Z') {
      if (tokens.length === 1 && PRONOUNS.has(t.text.toLowerCase())) return false;
      if (i === 0 && t.text === 'The') continue;
      capitalised++;
    } else if (!NAME_CONNECTORS.has(t.text.toLowerCase()) && !/^[0-9]/.test(t.text)) {
      return false;
    }
  }
  return capitalised > 0;
}

interface Scored {
  mention: GoldMention;
  predicted: string;
  baseline: string;
}

interface Scores {
  pairs: { p: number; r: number; f: number };
  b3: { p: number; r: number; f: number };
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Pairwise precision and recall over mention pairs in different documents, and B³ over all mentions. */
function score(items: Scored[], key: (s: Scored) => string): Scores {
  let tp = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.mention.doc === b.mention.doc) continue;
      const samePredicted = key(a) === key(b);
      const sameGold = a.mention.gold === b.mention.gold;
      if (samePredicted) predictedPairs++;
      if (sameGold) goldPairs++;
      if (samePredicted && sameGold) tp++;
    }
  }
  const pp = predictedPairs === 0 ? 1 : tp / predictedPairs;
  const pr = goldPairs === 0 ? 1 : tp / goldPairs;

  const predictedSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const bothSize = new Map<string, number>();
  for (const s of items) {
    predictedSize.set(key(s), (predictedSize.get(key(s)) ?? 0) + 1);
    goldSize.set(s.mention.gold, (goldSize.get(s.mention.gold) ?? 0) + 1);
    const both = `${key(s)}\u0000${s.mention.gold}`;
    bothSize.set(both, (bothSize.get(both) ?? 0) + 1);
  }
  let bp = 0;
  let br = 0;
  for (const s of items) {
    const both = bothSize.get(`${key(s)}\u0000${s.mention.gold}`)!;
    bp += both / predictedSize.get(key(s))!;
    br += both / goldSize.get(s.mention.gold)!;
  }
  const n = items.length || 1;
  return { pairs: { p: pp, r: pr, f: f1(pp, pr) }, b3: { p: bp / n, r: br / n, f: f1(bp / n, br / n) } };
}

/** Scores one topic: analyse every document into one collection, then map gold names to clusters. */
function runTopic(topic: string, selected: Map<string, Set<number>>): { items: Scored[]; gold: number } {
  const dir = join(ECB, topic);
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.xml$/, '');
      return readDoc(join(dir, f), name, selected.get(name) ?? new Set());
    });
  const collection = new Collection();
  for (const d of docs) collection.update(d.name, d.text, analyzeArticle(d.text));
  const items: Scored[] = [];
  let gold = 0;
  for (const d of docs) {
    const facts = collection.facts(d.name)!;
    for (const g of d.mentions) {
      gold++;
      let best: { entity: number; overlap: number } | null = null;
      for (const m of facts.entities) {
        const overlap = Math.min(m.end, g.end) - Math.max(m.start, g.start);
        if (overlap > 0 && (!best || overlap > best.overlap)) best = { entity: m.entity, overlap };
      }
      if (!best) continue;
      const predicted = collection.clusterIdOf(d.name, best.entity) ?? `${d.name}#${best.entity}`;
      items.push({ mention: g, predicted, baseline: foldName(g.text) });
    }
  }
  return { items, gold };
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

/** Gold clusters split by Crosscheck (missed merges) and predicted clusters joining gold ones (wrong merges). */
function printErrors(topic: string, items: Scored[]): void {
  const byGold = new Map<string, Scored[]>();
  for (const s of items) byGold.set(s.mention.gold, [...(byGold.get(s.mention.gold) ?? []), s]);
  for (const group of byGold.values()) {
    const predicted = new Set(group.map((s) => s.predicted));
    if (predicted.size > 1) console.log(`  ${topic} split:  ${[...new Set(group.map((s) => `${s.mention.text}→${s.predicted}`))].join(' | ')}`);
  }
  const byPredicted = new Map<string, Scored[]>();
  for (const s of items) byPredicted.set(s.predicted, [...(byPredicted.get(s.predicted) ?? []), s]);
  for (const [id, group] of byPredicted) {
    const golds = new Set(group.map((s) => s.mention.gold));
    if (golds.size > 1) console.log(`  ${topic} merged: ${id}: ${[...new Set(group.map((s) => `${s.mention.text}(${s.mention.gold.slice(-6)})`))].join(' | ')}`);
  }
}

function main(): void {
  if (!existsSync(join(ECB, 'ECBplus_coreference_sentences.csv'))) {
    console.log('ECB+ data not found at ../shared/data/ecbplus: skipped.');
    return;
  }
  const selected = readSelectedSentences();
  const topics = readdirSync(ECB)
    .filter((t) => /^\d+$/.test(t))
    .sort((a, b) => Number(a) - Number(b));
  console.log('Cross-document name clusters, ECB+ dev (pairs: mention pairs in different documents)');
  console.log('topic  gold  cover | Crosscheck pairs P / R / F1   B³ F1 | exact-string pairs P / R / F1   B³ F1');
  const all: Scored[] = [];
  let goldTotal = 0;
  const row = (label: string, items: Scored[], gold: number) => {
    const c = score(items, (s) => s.predicted);
    const b = score(items, (s) => s.baseline);
    console.log(
      `${label.padEnd(6)} ${String(gold).padStart(4)}  ${pct(items.length / (gold || 1))} | ` +
        `${pct(c.pairs.p)} ${pct(c.pairs.r)} ${pct(c.pairs.f)}  ${pct(c.b3.f)} | ` +
        `${pct(b.pairs.p)} ${pct(b.pairs.r)} ${pct(b.pairs.f)}  ${pct(b.b3.f)}`,
    );
  };
  const perTopic: [string, Scored[]][] = [];
  for (const topic of topics) {
    const { items, gold } = runTopic(topic, selected);
    // Topic-qualified ids keep clusters of different topics apart in the overall score.
    const qualified = items.map((s) => ({ ...s, predicted: `${topic}/${s.predicted}`, baseline: `${topic}/${s.baseline}`, mention: { ...s.mention, gold: `${topic}/${s.mention.gold}` } }));
    row(topic, qualified, gold);
    all.push(...qualified);
    goldTotal += gold;
    perTopic.push([topic, items]);
  }
  row('all', all, goldTotal);
  console.log('(overall pairs are counted within topics only: a pair across topics is never the same cluster in either)');
  if (showErrors) for (const [topic, items] of perTopic) printErrors(topic, items);
}

main();
