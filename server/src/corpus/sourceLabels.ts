// How findings name the article they point at: as a reader names a source. In order: the outlet the
// collection or front matter gives, the host of the article's URL, a domain its own sign-off gives,
// a host the file is named after, and only then the file name. Never the headline: "Use Harbour
// bridge to close's wording" names nothing a reader can find.
import type { ArticleMetadata } from '../core/types';
import { hostInFileName, outletName, outletOfHost } from './outletNames';

/**
 * The source name of one article, from what it says about itself and its file name. `outlet`: the
 * outlet its front matter gives, or else the collection's config.
 */
export function sourceLabelOf(path: string, metadata: ArticleMetadata, outlet: string | null): string {
  if (outlet) return outletName(outlet);
  const file = fileNameOf(path);
  const host = metadata.host ?? metadata.siteDomain ?? hostInFileName(file);
  return host ? outletOfHost(host) : file;
}

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The source names of a collection's articles, kept as articles come and go, so that two articles
 * from one outlet are told apart by their file names ("NPR (npr.org-2.txt)").
 */
export class SourceLabels {
  private readonly labels = new Map<string, string>();
  private readonly uses = new Map<string, number>();

  set(path: string, label: string): void {
    this.remove(path);
    this.labels.set(path, label);
    this.uses.set(label, (this.uses.get(label) ?? 0) + 1);
  }

  remove(path: string): void {
    const label = this.labels.get(path);
    if (label === undefined) return;
    this.labels.delete(path);
    const n = this.uses.get(label)! - 1;
    if (n === 0) this.uses.delete(label);
    else this.uses.set(label, n);
  }

  /** The article's source name, with its file name when another article goes by the same name. */
  nameOf(path: string): string {
    const label = this.labels.get(path);
    if (label === undefined) return fileNameOf(path);
    const file = fileNameOf(path);
    return (this.uses.get(label) ?? 0) > 1 && label !== file ? `${label} (${file})` : label;
  }
}
