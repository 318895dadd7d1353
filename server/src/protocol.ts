// Every custom request and notification between the Crosscheck client and server, in one place.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { MatchGroup } from './corpus/types';

export interface MatchesParams {
  textDocument: { uri: string };
}

/** A match group with its members' locations as URIs and ranges, ready for the panel. */
export interface PanelMatch extends Omit<MatchGroup, 'members'> {
  members: {
    uri: string;
    path: string;
    text: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    /** True for the member that lies in the article the request asked about. */
    self: boolean;
  }[];
}

/** Sent from the client (side panel) to ask for the cross-source matches of one article. */
export namespace MatchesRequest {
  export const method: 'crosscheck/matches' = 'crosscheck/matches';
  export const type = new RequestType<MatchesParams, PanelMatch[], void>(method);
}

/** Sent from the server when any article's matches may have changed, so the panel refetches. */
export namespace MatchesChangedNotification {
  export const method: 'crosscheck/matchesChanged' = 'crosscheck/matchesChanged';
  export const type = new NotificationType<{ uris: string[] }>(method);
}
