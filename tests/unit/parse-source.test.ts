import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSourceFile, publisherFromFooter, titleFromText } from '../../lib/ingest/parse';

const bytes = (s: string) => new TextEncoder().encode(s);

test('a newsletter or copyright footer names the publisher of a plain-text source', () => {
  const text = 'Flood toll rises to 120\nOfficials counted 120 dead.\nDiscover more from The River Courier\nSubscribe to get the latest posts sent to your email.';
  assert.equal(parseSourceFile('flood.txt', bytes(text)).publisher, 'The River Courier');
  assert.equal(publisherFromFooter('Body.\n© 2024 Valley Post. All rights reserved.'), 'Valley Post');
  assert.equal(publisherFromFooter('Body with no footer.\nSubscribe to get the latest posts sent to your email.'), undefined);
});

test('front matter wins over a footer, and its body is stored without it', () => {
  const md = '---\ntitle: Toll\npublisher: Wire Service\n---\nAt least 40 died.\n© 2024 Someone Else';
  const source = parseSourceFile('toll.md', bytes(md));
  assert.equal(source.publisher, 'Wire Service');
  assert.equal(source.text, 'At least 40 died.\n© 2024 Someone Else');
});

test('a source with no title gets its first line, cut at a word when long', () => {
  assert.equal(titleFromText('\nShort headline\nBody'), 'Short headline');
  const long = titleFromText('word '.repeat(60));
  assert.ok(long.length <= 141 && long.endsWith('…'), long);
});

test('bad front matter metadata is refused with the field named', () => {
  assert.throws(() => parseSourceFile('x.md', bytes('---\nurl: not a url\n---\nText 5')), /x\.md: bad metadata "url"/);
});

test('front matter is YAML in .md only, from line 1, with known keys; anything else stays in the text', () => {
  assert.equal(parseSourceFile('a.txt', bytes('---\ntitle: T\n---\nBody 5')).text, '---\ntitle: T\n---\nBody 5');
  const rule = '---\nIntro paragraph with 3 points.\n---\nMore.';
  assert.equal(parseSourceFile('rule.md', bytes(rule)).text, rule);
  const odd = '---\nfoo: bar\n---\nBody 5';
  assert.equal(parseSourceFile('odd.md', bytes(odd)).text, odd);
  const js = "---js\n{ title: 'x' }\n---\nBody 5";
  assert.equal(parseSourceFile('js.md', bytes(js)).text, js);
  assert.equal(parseSourceFile('ok.md', bytes('---\ntitle: T\ndate: 2025-03-17\n---\nBody 5')).publishedAt, '2025-03-17');
});

test('front matter with a colon in a value, which is not YAML, is still read as front matter', () => {
  const md = '---\ntitle: The flood: the full report\npublisher: Public Radio News\n---\nAt least 40 died.';
  const source = parseSourceFile('report.md', bytes(md));
  assert.equal(source.title, 'The flood: the full report');
  assert.equal(source.publisher, 'Public Radio News');
  assert.equal(source.text, 'At least 40 died.');
  const prose = '---\nNote: this is prose: not metadata\n---\nBody 5';
  assert.equal(parseSourceFile('prose.md', bytes(prose)).text, prose);
});

test('a wiki-style heading is a title without its = marks', () => {
  assert.equal(titleFromText('= Death toll of the storm =\n\nBody'), 'Death toll of the storm');
  assert.equal(titleFromText('== Section =='), 'Section');
  assert.equal(titleFromText('a = b'), 'a = b');
});
