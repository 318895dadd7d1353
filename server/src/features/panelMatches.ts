// `crosscheck/matches`: the cross-source match groups of one article, with editor ranges, for the side panel.
import type { Collection } from '../corpus/collection';
import type { PanelMatch } from '../protocol';
import { relativeTo } from '../workspace/collectionFiles';
import type { ArticleLocator } from './articleLocator';

/** Member paths are relative to the collection folder, as the panel shows them. */
export function panelMatches(collection: Collection, root: string, path: string, locator: ArticleLocator): PanelMatch[] {
  return collection.matchesFor(path).map(({ members, ...group }) => ({
    ...group,
    members: members.map((member) => ({
      uri: locator.uriOf(member.path),
      path: relativeTo(root, member.path),
      text: member.text,
      range: locator.range(member.path, member.start, member.end),
      self: member.path === path,
    })),
  }));
}
