// Semantic tokens for one article: people, organisations and places by type, dates, quotes and claims.
// Spans nest (a claim holds a date, a quote holds a name); editors take no overlapping tokens, so the
// innermost kind wins and the outer span resumes after it. Tokens never cross a line break.
import type { ArticleFacts } from '../core/types';
import { semanticTokenTypes, type SemanticTokenType } from '../semanticTokens';
import type { LineIndex } from '../workspace/positions';

/** Higher wins where spans overlap: names and dates are the most specific, claims the broadest. */
const PRIORITY: Record<SemanticTokenType, number> = { person: 5, organization: 5, place: 5, date: 4, quote: 3, claim: 2 };

interface Span {
  start: number;
  end: number;
  type: number;
}

export function encodeSemanticTokens(facts: ArticleFacts, lines: LineIndex): number[] {
  const spans: Span[] = [
    ...facts.entities.map((m) => ({ start: m.start, end: m.end, type: typeIndex(m.type) })),
    ...facts.dates.map((m) => ({ start: m.start, end: m.end, type: typeIndex('date') })),
    ...facts.quotes.map((m) => ({ start: m.start, end: m.end, type: typeIndex('quote') })),
    ...facts.claims.map((m) => ({ start: m.start, end: m.end, type: typeIndex('claim') })),
  ].filter((span) => span.end > span.start);
  const data: number[] = [];
  let previousLine = 0;
  let previousChar = 0;
  for (const piece of flatten(spans)) {
    for (const onLine of splitAtLines(piece, lines)) {
      const deltaLine = onLine.line - previousLine;
      const deltaStart = deltaLine === 0 ? onLine.character - previousChar : onLine.character;
      data.push(deltaLine, deltaStart, onLine.length, piece.type, 0);
      previousLine = onLine.line;
      previousChar = onLine.character;
    }
  }
  return data;
}

function typeIndex(type: SemanticTokenType): number {
  return semanticTokenTypes.indexOf(type);
}

function priorityOf(type: number): number {
  return PRIORITY[semanticTokenTypes[type]];
}

/** Non-overlapping pieces in text order, each showing the highest-priority span covering it. */
function flatten(spans: Span[]): Span[] {
  const events: { at: number; type: number; delta: 1 | -1 }[] = [];
  for (const span of spans) events.push({ at: span.start, type: span.type, delta: 1 }, { at: span.end, type: span.type, delta: -1 });
  events.sort((a, b) => a.at - b.at);
  const active = new Array<number>(semanticTokenTypes.length).fill(0);
  const pieces: Span[] = [];
  for (let i = 0; i < events.length; ) {
    const at = events[i].at;
    const boundaryTypes = new Set<number>();
    for (; i < events.length && events[i].at === at; i++) {
      active[events[i].type] += events[i].delta;
      boundaryTypes.add(events[i].type);
    }
    if (i === events.length) break;
    const next = events[i].at;
    let winner = -1;
    for (let type = 0; type < active.length; type++) {
      if (active[type] > 0 && (winner < 0 || priorityOf(type) > priorityOf(winner))) winner = type;
    }
    if (winner < 0) continue;
    const last = pieces[pieces.length - 1];
    // A boundary of a hidden, lower-priority span must not cut the visible token in two.
    if (last && last.type === winner && last.end === at && !boundaryTypes.has(winner)) last.end = next;
    else pieces.push({ start: at, end: next, type: winner });
  }
  return pieces;
}

function splitAtLines(piece: Span, lines: LineIndex): { line: number; character: number; length: number }[] {
  const from = lines.positionAt(piece.start);
  const to = lines.positionAt(piece.end);
  const result: { line: number; character: number; length: number }[] = [];
  for (let line = from.line; line <= to.line; line++) {
    const startChar = line === from.line ? from.character : 0;
    const lineStart = lines.offsetAt({ line, character: 0 });
    const endChar = line === to.line ? to.character : lines.lineEnd(line) - lineStart;
    if (endChar > startChar) result.push({ line, character: startChar, length: endChar - startChar });
  }
  return result;
}
