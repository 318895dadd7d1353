// The semantic token legend the server encodes with and package.json declares (`semanticTokenTypes`,
// `semanticTokenScopes`). Order matters: the index is the encoded type.
export const semanticTokenTypes = ['person', 'organization', 'place', 'date', 'quote', 'claim'] as const;
export type SemanticTokenType = (typeof semanticTokenTypes)[number];
export const semanticTokenModifiers: string[] = [];
