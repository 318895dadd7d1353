// Outlets as readers name them: "The New York Times", not "nytimes.com". A general table of major news
// sites by the name part of their domain, so any host of theirs ("edition.cnn.com", "bbc.co.uk",
// "usa.chinadaily.com.cn") reads the same; any other site is named by its host.
import { isDomain, withoutWww } from '../core/text/siteDomain';

// A Map, built from a literal for reading: a host such as "constructor.com" must find no entry.
const MAJOR_OUTLETS: ReadonlyMap<string, string> = new Map(Object.entries({
  abcnews: 'ABC News', afp: 'AFP', aljazeera: 'Al Jazeera', apnews: 'AP', ap: 'AP', axios: 'Axios',
  bbc: 'BBC', bloomberg: 'Bloomberg', businessinsider: 'Business Insider', buzzfeednews: 'BuzzFeed News',
  cbc: 'CBC', cbsnews: 'CBS News', chicagotribune: 'Chicago Tribune', chinadaily: 'China Daily', cnbc: 'CNBC',
  cnn: 'CNN', csmonitor: 'The Christian Science Monitor', dailymail: 'Daily Mail', dw: 'DW', economist: 'The Economist',
  euronews: 'Euronews', express: 'Daily Express', forbes: 'Forbes', foxnews: 'Fox News', france24: 'France 24',
  ft: 'Financial Times', globalnews: 'Global News', hindustantimes: 'Hindustan Times', huffingtonpost: 'HuffPost',
  huffpost: 'HuffPost', independent: 'The Independent', indiatimes: 'The Times of India', latimes: 'Los Angeles Times',
  mirror: 'Daily Mirror', msnbc: 'MSNBC', nbcnews: 'NBC News', newsweek: 'Newsweek', npr: 'NPR', nypost: 'New York Post',
  nytimes: 'The New York Times', pbs: 'PBS', politico: 'Politico', reuters: 'Reuters', rt: 'RT', scmp: 'South China Morning Post',
  skynews: 'Sky News', smh: 'The Sydney Morning Herald', spiegel: 'Der Spiegel', techcrunch: 'TechCrunch',
  telegraph: 'The Telegraph', theage: 'The Age', theatlantic: 'The Atlantic', theglobeandmail: 'The Globe and Mail',
  theguardian: 'The Guardian', guardian: 'The Guardian', thehill: 'The Hill', thesun: 'The Sun', thetimes: 'The Times',
  theverge: 'The Verge', time: 'Time', usatoday: 'USA Today', vox: 'Vox', washingtonpost: 'The Washington Post',
  wired: 'Wired', wsj: 'The Wall Street Journal', yahoo: 'Yahoo News',
}));

/** Suffix labels that are never a site's own name ("co" of "co.uk", "com" of "com.au"). */
const SUFFIX_LABELS = new Set(['com', 'co', 'org', 'net', 'gov', 'ac', 'edu', 'go', 'news']);

/** The name a reader knows a host by: a major outlet's name, else the host itself. */
export function outletOfHost(host: string): string {
  const labels = host.toLowerCase().split('.');
  // Right to left, so "usa.chinadaily.com.cn" is China Daily before it is anything "usa" might be.
  for (let i = labels.length - 2; i >= 0; i--) {
    const label = labels[i]!;
    if (SUFFIX_LABELS.has(label) && i > 0) continue;
    return MAJOR_OUTLETS.get(label) ?? host;
  }
  return host;
}

/** An outlet as configured or in front matter: a host is named as readers name it, a name is kept. */
export function outletName(given: string): string {
  const trimmed = given.trim();
  return isDomain(trimmed) ? outletOfHost(withoutWww(trimmed)) : trimmed;
}

/** Top-level domains news sites use; with the two-letter country codes, enough to tell "ledger.com-2.txt" from "notes.final.txt". */
const SITE_TLDS = new Set(['com', 'org', 'net', 'info', 'news', 'media', 'online', 'press', 'today', 'tv', 'io']);

/** The host a file is named after ("ledger.com-2.txt" → "ledger.com"), or null. */
export function hostInFileName(fileName: string): string | null {
  const match = /^((?:[a-z0-9-]+\.)+([a-z]{2,}))(?=[-_ ]\w*\.\w+$|\.(?:txt|md|markdown|html?)$)/i.exec(fileName);
  if (!match || !isDomain(match[1]!)) return null;
  const tld = match[2]!.toLowerCase();
  return tld.length === 2 || SITE_TLDS.has(tld) ? withoutWww(match[1]!.toLowerCase()) : null;
}
