// Facts are handed between threads and kept on disk as JSON, which holds only finite numbers: a
// figure read as "not a number" would come back as null and compare differently. Such facts travel
// as they are and are not kept, so an answer never depends on which thread or run analysed the text.
import type { ArticleFacts } from '../core/types';

/** `facts` as JSON, or null when parsing the JSON would not give back the same values. */
export function factsJson(facts: ArticleFacts): string | null {
  return survivesJson(facts) ? JSON.stringify(facts) : null;
}

function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!survivesJson(item)) return false;
    return true;
  }
  if (typeof value !== 'object') return false;
  for (const key in value) if (!survivesJson((value as Record<string, unknown>)[key])) return false;
  return true;
}
