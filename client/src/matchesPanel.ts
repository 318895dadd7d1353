// The side panel "Cross-source matches": the match groups of the active article, as the server answers
// `crosscheck/matches`. Refetched when the active editor changes, when the server says matches changed,
// and on demand; `getChildren` only reads what was fetched, so the tree never waits on the server.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { MatchesChangedNotification, MatchesRequest, type PanelMatch } from '../../server/src/protocol';
import type { MatchKind, MatchStatus } from '../../server/src/corpus/types';
import { groupMatches, matchLabel, membersInPanelOrder, type PanelGroupBy, type PanelSection } from './panelGrouping';

export const MATCHES_VIEW = 'crosscheck.matches';

type Member = PanelMatch['members'][number];

export type PanelNode =
  | { kind: 'section'; section: PanelSection }
  | { kind: 'match'; match: PanelMatch }
  | { kind: 'member'; match: PanelMatch; member: Member };

/** What the panel shows: one article and its matches (an article of no collection has none). */
export interface PanelContents {
  article: vscode.Uri | undefined;
  matches: PanelMatch[];
}

const statusIcons: Record<MatchStatus, vscode.ThemeIcon> = {
  conflict: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  uncorroborated: new vscode.ThemeIcon('question'),
  variant: new vscode.ThemeIcon('diff'),
  agrees: new vscode.ThemeIcon('check'),
};

const kindIcons: Record<MatchKind, vscode.ThemeIcon> = {
  quote: new vscode.ThemeIcon('quote'),
  number: new vscode.ThemeIcon('symbol-number'),
  date: new vscode.ThemeIcon('calendar'),
  claim: new vscode.ThemeIcon('comment'),
};

export class MatchesPanel implements vscode.TreeDataProvider<PanelNode>, vscode.Disposable {
  private contents: PanelContents = { article: undefined, matches: [] };
  /** Bumped on every fetch so an answer that arrives after a newer request is dropped. */
  private generation = 0;
  private readonly treeChanged = new vscode.EventEmitter<PanelNode | undefined>();
  private readonly refreshed = new vscode.EventEmitter<PanelContents>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidChangeTreeData = this.treeChanged.event;
  /** Fires after each fetch has been applied: what the panel now lists. */
  readonly onDidRefresh = this.refreshed.event;

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      client.onNotification(MatchesChangedNotification.type, ({ uris }) => {
        const shown = this.contents.article?.toString();
        if (shown && (uris.length === 0 || uris.includes(shown))) void this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('crosscheck.panel.groupBy')) this.treeChanged.fire(undefined);
      }),
    );
  }

  get current(): PanelContents {
    return this.contents;
  }

  /** Shows the matches of `article`; undefined clears the panel (the active file is not an article). */
  async show(article: vscode.Uri | undefined): Promise<PanelContents> {
    const generation = ++this.generation;
    let matches: PanelMatch[] = [];
    if (article) {
      try {
        matches = await this.client.sendRequest(MatchesRequest.type, { textDocument: { uri: article.toString() } });
      } catch (error) {
        this.client.error(`Could not list the matches of ${article.fsPath}`, error, false);
      }
    }
    if (generation === this.generation) {
      this.contents = { article, matches };
      this.treeChanged.fire(undefined);
      this.refreshed.fire(this.contents);
    }
    return this.contents;
  }

  /** Refetches the matches of the article shown. */
  refresh(): Promise<PanelContents> {
    return this.show(this.contents.article);
  }

  getChildren(node?: PanelNode): PanelNode[] {
    if (!node) {
      return groupMatches(this.contents.matches, groupBy()).map((section) => ({ kind: 'section', section }));
    }
    if (node.kind === 'section') return node.section.matches.map((match) => ({ kind: 'match', match }));
    if (node.kind === 'match') return membersInPanelOrder(node.match).map((member) => ({ kind: 'member', match: node.match, member }));
    return [];
  }

  getTreeItem(node: PanelNode): vscode.TreeItem {
    switch (node.kind) {
      case 'section':
        return sectionItem(node.section);
      case 'match':
        return matchItem(node.match);
      case 'member':
        return memberItem(node.match, node.member);
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.treeChanged.dispose();
    this.refreshed.dispose();
  }
}

function groupBy(): PanelGroupBy {
  return vscode.workspace.getConfiguration('crosscheck').get<PanelGroupBy>('panel.groupBy', 'status');
}

function sectionItem(section: PanelSection): vscode.TreeItem {
  const item = new vscode.TreeItem(section.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = section.id;
  item.description = String(section.matches.length);
  item.contextValue = 'section';
  return item;
}

function matchItem(match: PanelMatch): vscode.TreeItem {
  const open = match.status === 'conflict' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(matchLabel(match), open);
  item.id = `match:${match.id}`;
  item.iconPath = groupBy() === 'kind' ? statusIcons[match.status] : kindIcons[match.kind];
  const others = match.members.filter((member) => !member.self).length;
  item.description = `${match.kind} · ${match.status} · ${others} other ${others === 1 ? 'source' : 'sources'}`;
  item.tooltip = new vscode.MarkdownString().appendText(
    `${match.note || matchLabel(match)}\n\n${match.origins} independent ${match.origins === 1 ? 'origin' : 'origins'}`,
  );
  item.contextValue = `match.${match.status}`;
  return item;
}

function memberItem(match: PanelMatch, member: Member): vscode.TreeItem {
  const item = new vscode.TreeItem(member.text, vscode.TreeItemCollapsibleState.None);
  item.id = `member:${match.id}:${member.uri}:${member.range.start.line}:${member.range.start.character}`;
  const where = `${basename(member.path)}:${member.range.start.line + 1}`;
  item.description = member.self ? `${where} (this article)` : where;
  // Quotes are long and the panel narrow: the tooltip carries the whole wording.
  item.tooltip = new vscode.MarkdownString().appendText(`“${member.text}”\n\n${member.path}, line ${member.range.start.line + 1}`);
  item.iconPath = new vscode.ThemeIcon(member.self ? 'location' : 'go-to-file');
  item.command = { command: 'crosscheck.openMatch', title: 'Open Match', arguments: [member.uri, member.range] };
  item.contextValue = 'member';
  return item;
}

function basename(path: string): string {
  return path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
}
