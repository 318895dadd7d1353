// An article Crosscheck failed on. Articles come from anywhere (pasted pages, wire feeds, PDFs turned
// into text), and a fault in the analyser must cost the user that one article, never the collection:
// the article keeps its place and its text, gets one finding saying why, and is left out of matching.
import type { ArticleFacts } from '../core/types';
import type { CollectionDiagnostic } from './types';

export interface AnalysisFailure {
  /** What went wrong, in one line: "TypeError: Cannot read properties of undefined (reading 'end')". */
  failure: string;
}

export function isFailure<T extends object>(analysis: T | AnalysisFailure): analysis is AnalysisFailure {
  return 'failure' in analysis;
}

/** The failure an exception stands for: its first line (a worker's error arrives as a whole stack). */
export function failureOf(error: unknown): AnalysisFailure {
  const named = error instanceof Error && /^[A-Z]\w*Error: /.test(error.message);
  const text = error instanceof Error ? (named ? error.message : `${error.name}: ${error.message}`) : String(error);
  const firstLine = text.split(/\r?\n/, 1)[0]!.trim();
  return { failure: firstLine || 'unknown error' };
}

/** The facts `analyse` returns for one article, or the failure it threw. */
export function analysedOrFailure(analyse: () => ArticleFacts): ArticleFacts | AnalysisFailure {
  try {
    return analyse();
  } catch (error) {
    return failureOf(error);
  }
}

/** As analysedOrFailure, for an analysis on another thread or behind a cache. */
export async function analysedOrFailureLater(analyse: () => Promise<ArticleFacts>): Promise<ArticleFacts | AnalysisFailure> {
  try {
    return await analyse();
  } catch (error) {
    return failureOf(error);
  }
}

/** The one finding of an article that could not be analysed, on its first line. */
export function failureDiagnostic(path: string, text: string, { failure }: AnalysisFailure): CollectionDiagnostic {
  const lineEnd = text.search(/[\r\n]/);
  return {
    path,
    start: 0,
    end: lineEnd < 0 ? text.length : lineEnd,
    severity: 'error',
    code: 'analysis-failed',
    message: `Crosscheck could not analyse this article: ${failure}`,
    related: [],
    fixes: [],
  };
}
