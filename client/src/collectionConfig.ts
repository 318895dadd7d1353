// The little the client reads and writes of `.crosscheck.json`: which files are articles, and what
// "Check This Folder as Articles" writes into a new one (every field present and empty, so users see
// what they can teach Crosscheck without opening the documentation). The server reads the rest.

/** Without an `articles` field, every text and markdown file below the collection is an article. */
export const defaultArticleGlobs = ['**/*.txt', '**/*.md'] as const;

export const defaultCollectionConfig = {
  articles: [...defaultArticleGlobs],
  exclude: [] as string[],
  published: {} as Record<string, string>,
  outlets: {} as Record<string, string>,
  aliases: {} as Record<string, string[]>,
  notSame: [] as [string, string][],
  entityTypes: {} as Record<string, string>,
  ignore: [] as string[],
};

/** The `articles` and `exclude` globs of a config; a config that does not parse still marks a collection. */
export function articleGlobsOf(configText: string): { articles: string[]; exclude: string[] } {
  let config: unknown;
  try {
    config = JSON.parse(configText);
  } catch {
    config = {};
  }
  const field = (name: string): string[] | undefined => {
    const value = typeof config === 'object' && config !== null ? (config as Record<string, unknown>)[name] : undefined;
    return Array.isArray(value) ? value.filter((glob): glob is string => typeof glob === 'string') : undefined;
  };
  return { articles: field('articles') ?? [...defaultArticleGlobs], exclude: field('exclude') ?? [] };
}
