// What "Check This Folder as Articles" writes into a new `.crosscheck.json`: every field present and
// empty, so users see what they can teach Crosscheck without opening the documentation.

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
