// The web site an article names itself by: the host of its URL, or a domain its own boilerplate gives
// ("Write to Ana Ruiz at ana.ruiz@ledger.example", "Share this @ledger.example"). A reader who knows
// nothing else about a file still recognises the site it came from.
import type { Region } from '../types';

/** Regions an outlet writes about itself in: sign-offs, share lines, bylines. */
const OWN_REGIONS: ReadonlySet<Region['kind']> = new Set(['boilerplate', 'byline']);

/** Mail services anyone can have an address at: they say nothing about the outlet. */
const MAIL_SERVICES = new Set(['gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com', 'protonmail.com', 'proton.me', 'mail.com', 'gmx.com', 'gmx.de']);

/** The host of a URL without "www." ("https://www.ledger.example/a" → "ledger.example"), or null. */
export function hostOf(url: string): string | null {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:@\s]+)/i.exec(url.trim());
  if (!match) return null;
  const host = match[1]!.toLowerCase().replace(/\.$/, '');
  return isDomain(host) ? withoutWww(host) : null;
}

/** A host without its "www." or "www2." ("www.ledger.example" → "ledger.example"), in any case. */
export function withoutWww(host: string): string {
  return host.replace(/^www\d?\./i, '');
}

/** Two labels or more, the last alphabetic: "ledger.example", not "3.5" or "localhost". */
export function isDomain(s: string): boolean {
  const labels = s.split('.');
  return labels.length >= 2 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(l)) && /^[a-z]{2,}$/i.test(labels[labels.length - 1]!);
}

/** The domain most often after an "@" in the article's boilerplate and byline lines, or null. */
export function siteDomainOf(text: string, regions: readonly Region[]): string | null {
  const counts = new Map<string, number>();
  for (const region of regions) {
    if (!OWN_REGIONS.has(region.kind)) continue;
    const content = text.slice(region.start, region.end);
    for (const match of content.matchAll(/@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
      const domain = match[1]!.toLowerCase().replace(/^www\./, '');
      if (isDomain(domain) && !MAIL_SERVICES.has(domain)) counts.set(domain, (counts.get(domain) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [domain, n] of counts) if (best === null || n > counts.get(best)!) best = domain;
  return best;
}
