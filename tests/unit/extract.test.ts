import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { EXTRACTOR_VERSION, extractFigures } from '../../lib/extract/index';

const FIXTURE_DIRS = ['corpus', 'tests/fixtures/other-subjects', 'tests/fixtures/ingest', 'tests/fixtures/e2e', 'tests/fixtures/sources'];

function fixtureFiles(): string[] {
  return FIXTURE_DIRS.filter((d) => existsSync(d)).flatMap((d) =>
    readdirSync(d).filter((f) => /\.(?:txt|md|html)$/.test(f)).map((f) => join(d, f)),
  );
}

const texts = (file: string) => extractFigures(readFileSync(file, 'utf8')).figures.map((f) => f.text);

describe('offset invariant', () => {
  for (const file of fixtureFiles()) {
    it(`holds for every figure of ${file}`, () => {
      const text = readFileSync(file, 'utf8');
      const { figures } = extractFigures(text);
      for (const f of figures) {
        assert.equal(text.slice(f.start, f.end), f.text, `figure at ${f.start}`);
        assert.equal(text.slice(f.quoteStart, f.quoteEnd), f.quote, `quote of ${f.text}`);
        assert.ok(f.quoteStart <= (f.hedgeStart ?? f.start) && f.end <= f.quoteEnd, `quote holds ${f.text}`);
      }
    });
  }
});

describe('extractFigures', () => {
  it('has a version', () => assert.match(EXTRACTOR_VERSION, /\S/));

  it('never throws on odd text', () => {
    const odd = ['', ' ', '\n\n\n', '[1]', '"unclosed 5', '$', '1'.repeat(400), 'ÿ\u0000\ufffd 12 €', 'Sources:\n[1]', '12.\n.34 %\n(5', '\u2028 7 \u2029'];
    for (const t of odd) {
      const r = extractFigures(t);
      assert.ok(Array.isArray(r.figures) && Array.isArray(r.warnings), JSON.stringify(t));
      for (const f of r.figures) assert.equal(t.slice(f.start, f.end), f.text);
    }
  });

  it('reads what an amount of matter is of, but not where a distance is from', () => {
    const counts = (t: string) => extractFigures(t).figures.map((f) => [f.text, f.counts]);
    assert.deepEqual(counts('The well leaked 4.9 million barrels of oil.'), [['4.9 million barrels', 'oil']]);
    assert.deepEqual(counts('Fires burnt 5.5 million hectares of forest.'), [['5.5 million hectares', 'forest']]);
    assert.deepEqual(counts('Ships carried 20,000 tonnes of grain.'), [['20,000 tonnes', 'grain']]);
    assert.deepEqual(counts('The camp is within 45 miles of the capital.'), [['45 miles', null]]);
    assert.deepEqual(counts('The camp lies 10 km east of town.'), [['10 km', null]]);
  });

  it('reads "per cent" as a percentage, never as a per-unit, and an adverb after a number as nothing counted', () => {
    const [, , total] = extractFigures('It said the Australian figure was 311,127, about 0.4 per cent of the 87 million.').figures;
    assert.equal(total.text, '87 million');
    assert.deepEqual(total.signals.cues.filter((c) => c.startsWith('per')), []);
    const [first] = extractFigures('Some outlets reported 1.75 million rather than about 1.18 million.').figures;
    assert.deepEqual([first.text, first.counts], ['1.75 million', null]);
    assert.deepEqual(extractFigures("The 40 cannot leave and 300 didn't return.").figures.map((f) => f.counts), [null, null]);
    // "a week earlier" says when, "a day" after a count says how often.
    const per = (t: string) => extractFigures(t).figures[0].signals.cues.filter((c) => c.startsWith('per'));
    assert.deepEqual(per('The agency counted 1,000,000 arrivals a week earlier.'), []);
    assert.deepEqual(per('Crossings topped 10,000 a day in October.'), ['per-unit', 'per:day']);
  });

  it('reads what, when and who for a figure', () => {
    const t = 'As of August 2024, the prison housed 14,500 inmates, according to government reports.';
    const [f, ...rest] = extractFigures(t).figures;
    assert.equal(rest.length, 0, 'the as-of date is not a figure');
    assert.equal(f.text, '14,500');
    assert.equal(f.counts, 'inmates');
    assert.equal(f.asOf, '2024-08');
    assert.equal(f.attributedTo, 'government reports');
    assert.equal(f.quote, t);
  });

  it('resolves footnote markers to the cited outlets and skips the reference list', () => {
    const t = 'Cells hold about 80 inmates each[1][2].\nCitations:\n[1] Inside the prison – BBC https://www.bbc.com/news/1\n[2] Prison report 2024 https://www.hrw.org/report';
    const figures = extractFigures(t).figures;
    assert.deepEqual(figures.map((f) => f.text), ['80']);
    assert.equal(figures[0].attributedTo, 'BBC, HRW');
  });

  it('skips page furniture, credits and names with numbers', () => {
    const t = 'Members of MS-13 and Barrio 18 were held. 300 were freed.\nFeature Image Credit: Photo 2024\nYou might also be interested in - 23-yr-old case\nRelated: Storm recap (March 25, 2025)';
    assert.deepEqual(extractFigures(t).figures.map((f) => f.text), ['300']);
  });
});

describe('date figures in the sample corpus', () => {
  it('keeps event dates (opened, launched, declared, killed)', () => {
    assert.ok(texts('corpus/002_0a6aea7e8bb85508.txt').includes('January 2023'));
    assert.ok(texts('corpus/000_8381cd098d7e7f3d.txt').includes('2023'));
    const t004 = texts('corpus/004_07c45a7e80c4443d.txt');
    assert.ok(t004.includes('February 2023') && t004.includes('March 2022'));
    assert.ok(texts('corpus/001_1c0aec06670e1c5a.txt').includes('March 26, 2022'));
  });
  it('drops as-of frames, year frames, caption datelines and linked-post dates', () => {
    const t004 = texts('corpus/004_07c45a7e80c4443d.txt');
    assert.ok(!t004.includes('August 2024'));
    assert.equal(t004.filter((t) => t === 'June 2024').length, 0);
    const t002 = texts('corpus/002_0a6aea7e8bb85508.txt');
    assert.ok(!t002.includes('2022') && !t002.includes('March 25, 2025'));
  });
});

describe('extract CLI', () => {
  it('names a missing file on stderr and exits 1', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/extract.ts', 'corpus/000_8381cd098d7e7f3d.txt', 'no/such-file.txt'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no\/such-file\.txt/);
  });
  it('writes one JSON line per figure with the scorer fields', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/extract.ts', 'corpus/002_0a6aea7e8bb85508.txt', 'corpus/004_07c45a7e80c4443d.txt'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(rows.length > 10);
    const keys = ['file', 'start', 'end', 'text', 'low', 'high', 'unit', 'qualifier', 'counts', 'metric', 'as_of', 'attributed_to', 'quote'];
    for (const row of rows) assert.deepEqual(Object.keys(row), keys);
    assert.ok(rows.some((row) => row.unit === 'date' && row.low === '2023-01'));
    assert.ok(rows.some((row) => row.metric !== null));
  });
});

describe('a sentence that continues the one before it', () => {
  const text =
    'A report from the National Water Agency, published in May 2023, warned that reservoirs held 41% of capacity. ' +
    'It estimated that 2.3 million households faced rationing.\n' +
    'They said 300 wells had run dry.';
  const figures = extractFigures(text).figures;
  const find = (t: string) => figures.find((f) => f.text === t)!;

  it('takes the source and as-of date of the previous sentence when it opens with a pronoun', () => {
    assert.equal(find('41%').attributedTo, find('2.3 million').attributedTo);
    assert.match(find('2.3 million').attributedTo ?? '', /National Water Agency/);
    assert.equal(find('2.3 million').asOf, '2023-05');
  });

  it('does not reach across a paragraph break', () => {
    assert.equal(find('300').attributedTo, null);
    assert.equal(find('300').asOf, null);
  });
});

describe('a bare amount after an amount of money', () => {
  it('is in that currency within the paragraph, and only when it is scaled and counts nothing', () => {
    const text = 'Politicians spoke of about 2 billion euros. Other documents give 1.7 billion.\n' +
      'The cost, once put at $2.5 billion, has risen to 7.3 billion. It employs 3 million people.\n' +
      'Another 4 billion was mentioned.';
    const unitOf = (value: string) => extractFigures(text).figures.find((f) => f.text === value)?.unit ?? null;
    assert.equal(unitOf('1.7 billion'), 'EUR');
    assert.equal(unitOf('7.3 billion'), 'USD');
    assert.equal(unitOf('3 million'), null);
    assert.equal(unitOf('4 billion'), null);
  });
});
