import { strict as assert } from 'node:assert';
import { metadataOf } from '../../../server/src/core/metadata';
import { layoutOf } from '../../../server/src/core/text/layout';
import { hostOf, siteDomainOf } from '../../../server/src/core/text/siteDomain';
import { hostInFileName, outletName, outletOfHost } from '../../../server/src/corpus/outletNames';
import { SourceLabels, sourceLabelOf } from '../../../server/src/corpus/sourceLabels';

function labelOf(path: string, text: string, configured?: string): string {
  const metadata = metadataOf(text, layoutOf(text));
  return sourceLabelOf(path, metadata, metadata.outlet ?? configured ?? null);
}

describe('source labels', () => {
  it('names a major outlet by its name whatever its host', () => {
    assert.equal(outletOfHost('edition.cnn.com'), 'CNN');
    assert.equal(outletOfHost('bbc.co.uk'), 'BBC');
    assert.equal(outletOfHost('usa.chinadaily.com.cn'), 'China Daily');
    assert.equal(outletOfHost('abcnews.go.com'), 'ABC News');
    assert.equal(outletOfHost('ledgerdaily.com'), 'ledgerdaily.com');
  });

  it('keeps an outlet given as a name and names a given host', () => {
    assert.equal(outletName('The Pellham Ledger'), 'The Pellham Ledger');
    assert.equal(outletName('www.nytimes.com'), 'The New York Times');
    assert.equal(outletName('pellhamledger.org'), 'pellhamledger.org');
  });

  it('reads the host of a URL, without www, and refuses what is not one', () => {
    assert.equal(hostOf('https://www.pellhamledger.org/2026/02/bridge.html'), 'pellhamledger.org');
    assert.equal(hostOf('//news.pellhamledger.org'), 'news.pellhamledger.org');
    assert.equal(hostOf('bridge closes on Monday'), null);
    assert.equal(hostOf('http://localhost:8080/a'), null);
  });

  it('finds a host in a file named after a site, not in any dotted file name', () => {
    assert.equal(hostInFileName('pellhamledger.org-2.txt'), 'pellhamledger.org');
    assert.equal(hostInFileName('ledger.co.uk.md'), 'ledger.co.uk');
    assert.equal(hostInFileName('notes.final.txt'), null);
    assert.equal(hostInFileName('000_4fe1aa.txt'), null);
  });

  it('takes a domain from the sign-off, not a mail service or an address in the story', () => {
    const text = [
      'Bridge to close',
      '',
      'The council, reachable at works@pellham.gov, voted on Monday.',
      '',
      'Write to Ana Ruiz at ana.ruiz@pellhamledger.org and Tom Bell at tbell@gmail.com',
    ].join('\n');
    const layout = layoutOf(text);
    assert.equal(siteDomainOf(text, layout.regions), 'pellhamledger.org');
    assert.equal(siteDomainOf('The council, reachable at works@pellham.gov, voted.', layoutOf('The council, reachable at works@pellham.gov, voted.').regions), null);
  });

  it('prefers front matter, then the URL, then the sign-off, then the file name; never the headline', () => {
    const headline = 'Harbour bridge to close for repairs in March\n\nThe council voted on Monday.';
    assert.equal(labelOf('/c/0001_ab12.txt', headline), '0001_ab12.txt');
    assert.equal(labelOf('/c/dailyledger.com-1.txt', headline), 'dailyledger.com');
    assert.equal(labelOf('/c/x.txt', '---\ntitle: Bridge\nurl: https://www.reuters.com/a/b\n---\nBody.'), 'Reuters');
    assert.equal(labelOf('/c/x.txt', '---\noutlet: washingtonpost.com\nurl: https://www.reuters.com/a\n---\nBody.'), 'The Washington Post');
    assert.equal(labelOf('/c/x.txt', headline + '\n\nShare this @coastwire.net'), 'coastwire.net');
    assert.equal(labelOf('/c/x.txt', headline, 'Valley Post'), 'Valley Post');
  });

  it('tells apart two articles of one outlet by their file names, and stops once one goes', () => {
    const labels = new SourceLabels();
    labels.set('/c/npr.org-1.txt', 'NPR');
    labels.set('/c/npr.org-2.txt', 'NPR');
    labels.set('/c/bbc.com-1.txt', 'BBC');
    assert.equal(labels.nameOf('/c/npr.org-2.txt'), 'NPR (npr.org-2.txt)');
    assert.equal(labels.nameOf('/c/bbc.com-1.txt'), 'BBC');
    labels.remove('/c/npr.org-1.txt');
    assert.equal(labels.nameOf('/c/npr.org-2.txt'), 'NPR');
  });
});
