// How the side panel arranges an article's match groups into sections. Pure data, no `vscode`: the
// panel renders what this returns, and unit tests check it directly.
import type { PanelMatch } from '../../server/src/protocol';
import type { MatchKind, MatchStatus } from '../../server/src/corpus/types';

export type PanelGroupBy = 'status' | 'kind';

export interface PanelSection {
  /** Stable id, used as the tree item id so expansion state survives a refresh. */
  id: string;
  label: string;
  matches: PanelMatch[];
}

// Most actionable first: what disagrees, then what nobody else reports, then what merely differs in form.
const statusOrder: MatchStatus[] = ['conflict', 'uncorroborated', 'variant', 'agrees'];
const statusLabels: Record<MatchStatus, string> = {
  conflict: 'Conflicts',
  uncorroborated: 'Uncorroborated',
  variant: 'Variants',
  agrees: 'Agreements',
};

const kindOrder: MatchKind[] = ['quote', 'number', 'date', 'claim'];
const kindLabels: Record<MatchKind, string> = {
  quote: 'Quotes',
  number: 'Figures',
  date: 'Dates',
  claim: 'Claims',
};

/** Sections in a fixed order, leaving out empty ones; within a section, matches keep the server's order. */
export function groupMatches(matches: readonly PanelMatch[], groupBy: PanelGroupBy): PanelSection[] {
  const keys: readonly string[] = groupBy === 'kind' ? kindOrder : statusOrder;
  const labels: Record<string, string> = groupBy === 'kind' ? kindLabels : statusLabels;
  const keyOf = (match: PanelMatch): string => (groupBy === 'kind' ? match.kind : match.status);
  const sections: PanelSection[] = [];
  for (const key of keys) {
    const inSection = matches.filter((match) => keyOf(match) === key);
    if (inSection.length > 0) sections.push({ id: `${groupBy}:${key}`, label: labels[key], matches: inSection });
  }
  return sections;
}

/** The words a match is known by in the panel: the note when the server gave one, else this article's text. */
export function matchLabel(match: PanelMatch): string {
  if (match.note) return match.note;
  const own = match.members.find((member) => member.self) ?? match.members[0];
  return own ? own.text : match.kind;
}

/** The other articles' members first would hide where the match is in this one: keep this article first. */
export function membersInPanelOrder(match: PanelMatch): PanelMatch['members'] {
  return [...match.members].sort((a, b) => Number(b.self) - Number(a.self));
}
