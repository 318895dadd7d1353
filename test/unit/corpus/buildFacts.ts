// Builds ArticleFacts from an invented article and the spans a test marks by their text, so corpus
// rules can be tested independently of the analysis core.
import type { ArticleFacts, ClaimMention, EntityType, Figure, QuoteMention } from '../../../server/src/core/types';

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Forms used in the text (default: the name). Every occurrence of each form is a mention. */
  forms?: string[];
}

export interface QuoteSpec {
  /** The words inside the quotation marks. */
  text: string;
  /** Which occurrence of the text, when it appears several times. */
  occurrence?: number;
  speaker?: string | null;
  /** Name of the speaker entity (an EntitySpec name). */
  speakerEntity?: string;
  kind?: QuoteMention['kind'];
}

export interface FigureSpec {
  text: string;
  value: number;
  low?: number;
  high?: number;
  unit?: string;
  approximate?: boolean;
  counted?: string;
}

export interface ClaimSpec {
  text: string;
  attributed?: boolean;
  source?: string | null;
  figures?: FigureSpec[];
  dates?: { text: string; value: string | null; relative?: boolean }[];
  keywords: string[];
  entities?: string[];
}

export interface ArticleSpec {
  published?: string | null;
  outlet?: string | null;
  /** Host of the article's URL, as front matter gives it. */
  host?: string | null;
  title?: string | null;
  entities?: EntitySpec[];
  quotes?: QuoteSpec[];
  claims?: ClaimSpec[];
  cites?: { text: string; name: string }[];
}

export function spanOf(text: string, needle: string, occurrence = 0, from = 0): { start: number; end: number; text: string } {
  let at = text.indexOf(needle, from);
  for (let i = 0; i < occurrence && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the test article`);
  return { start: at, end: at + needle.length, text: needle };
}

export function buildFacts(text: string, spec: ArticleSpec = {}): ArticleFacts {
  const paragraphs: { start: number; end: number }[] = [];
  const sentences: { start: number; end: number; paragraph: number }[] = [];
  let p0 = 0;
  for (const para of text.split('\n')) {
    if (para.trim() !== '') {
      const index = paragraphs.length;
      paragraphs.push({ start: p0, end: p0 + para.length });
      let s0 = 0;
      for (const m of para.matchAll(/[.!?](?=\s|$)/g)) {
        sentences.push({ start: p0 + s0, end: p0 + m.index + 1, paragraph: index });
        s0 = m.index + 2;
      }
      if (s0 < para.length) sentences.push({ start: p0 + s0, end: p0 + para.length, paragraph: index });
    }
    p0 += para.length + 1;
  }

  const entityList = (spec.entities ?? []).map((e, id) => ({
    id,
    name: e.name,
    type: e.type,
    aliases: (e.forms ?? [e.name]).filter((f) => f !== e.name),
  }));
  const taken: { start: number; end: number }[] = [];
  const forms = (spec.entities ?? [])
    .flatMap((e, id) => (e.forms ?? [e.name]).map((form) => ({ form, id, type: e.type })))
    .sort((a, b) => b.form.length - a.form.length);
  const entities: ArticleFacts['entities'] = [];
  for (const { form, id, type } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (taken.some((t) => t.start < end && at < t.end)) continue;
      taken.push({ start: at, end });
      entities.push({ start: at, end, text: form, type, entity: id });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const entityId = (name: string) => {
    const i = entityList.findIndex((e) => e.name === name);
    if (i < 0) throw new Error(`no entity named ${name}`);
    return i;
  };

  const quotes: QuoteMention[] = (spec.quotes ?? []).map((q) => ({
    ...spanOf(text, q.text, q.occurrence ?? 0),
    kind: q.kind ?? 'direct',
    speakerText: q.speaker ?? null,
    speakerSpan: null,
    speakerEntity: q.speakerEntity !== undefined ? entityId(q.speakerEntity) : null,
    cue: q.speaker ? 'said' : null,
  }));

  const dates: ArticleFacts['dates'] = [];
  const claims: ClaimMention[] = (spec.claims ?? []).map((c) => {
    const span = spanOf(text, c.text);
    const figures: Figure[] = (c.figures ?? []).map((f) => ({
      ...spanOf(text, f.text, 0, span.start),
      value: f.value,
      low: f.low ?? f.value,
      high: f.high ?? f.value,
      unit: f.unit ?? '',
      approximate: f.approximate ?? false,
      counted: f.counted ?? '',
    }));
    const dateIndexes = (c.dates ?? []).map((d) => {
      dates.push({ ...spanOf(text, d.text, 0, span.start), value: d.value, relative: d.relative ?? false });
      return dates.length - 1;
    });
    return {
      ...span,
      attributed: c.attributed ?? false,
      source: c.source ?? null,
      figures,
      dates: dateIndexes,
      entities: (c.entities ?? []).map(entityId),
      keywords: c.keywords,
    };
  });

  return {
    hash: `test-${text.length}-${text.slice(0, 16)}`,
    length: text.length,
    metadata: {
      title: spec.title ?? null,
      byline: null,
      outlet: spec.outlet ?? null,
      host: spec.host ?? null,
      siteDomain: null,
      published: spec.published ?? null,
      publishedFrom: spec.published ? 'dateline' : null,
    },
    layout: { paragraphs, sentences, regions: [] },
    entityList,
    entities,
    dates,
    quotes,
    claims,
    cites: (spec.cites ?? []).map((c) => ({ ...spanOf(text, c.text), name: c.name })),
  };
}
