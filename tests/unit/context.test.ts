import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../../lib/extract/types';
import { splitSentences } from '../../lib/extract/sentences';
import { readLayout, inZone, shortName } from '../../lib/extract/layout';
import { readSentence, readFigureContext, isDateFigure, attributionAt } from '../../lib/extract/context';
import { readAttribution } from '../../lib/extract/attribution';

// Mentions built by hand, so these tests read context without depending on the number grammar.
function mention(text: string, sub: string, over: Partial<Mention> = {}, from = 0): Mention {
  const start = text.indexOf(sub, from);
  assert.ok(start >= 0, `"${sub}" not in text`);
  return {
    kind: 'quantity', start, end: start + sub.length, text: sub, low: 1, high: 1, dateLow: null, dateHigh: null,
    datePrecision: null, qualifier: 'exact', hedge: null, hedgeStart: null, unit: null, unitRaw: null,
    dimension: 'count', vague: false, restated: null, ...over,
  };
}

function dateMention(text: string, sub: string, iso: string, precision: Mention['datePrecision'] = 'month'): Mention {
  return mention(text, sub, { kind: 'date', low: null, high: null, dateLow: iso, dateHigh: iso, datePrecision: precision, dimension: 'date' });
}

function read(text: string, m: Mention, dates: Mention[] = []) {
  const span = { start: 0, end: text.length };
  const sentence = readSentence(text, span, dates, new Map());
  return { sentence, ...readFigureContext(text, sentence, m) };
}

describe('sentences', () => {
  const cut = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it('keeps abbreviations, initials and decimals inside one sentence', () => {
    assert.deepEqual(cut('The U.S. government paid $6.5 million. Dr. Smith and J. Doe agreed. No. 5 was next.'), [
      'The U.S. government paid $6.5 million.',
      'Dr. Smith and J. Doe agreed.',
      'No. 5 was next.',
    ]);
  });
  it('ends a sentence at a line break, drops list bullets and keeps a quotation whole', () => {
    assert.deepEqual(cut('Headline without stop\n- Inmates are confined for 23 hours daily\nShe said, "It is done. We left." Then rain.'), [
      'Headline without stop',
      'Inmates are confined for 23 hours daily',
      'She said, "It is done. We left."',
      'Then rain.',
    ]);
  });
  it('splits after a footnote marker that follows the full stop', () => {
    assert.deepEqual(cut('It opened in 2023.[4] It holds 500.'), ['It opened in 2023.[4]', 'It holds 500.']);
  });
});

describe('layout', () => {
  const text = [
    'About 300 people died, officials said[1]. Capacity is 900[2].',
    'Image credit: Jane Roe, 2021',
    'You might also like: 10 ways to save',
    'Tags: storm, 2024,',
    'flooding, relief',
    'Sources:',
    '[1] Storm toll rises to 300 – BBC https://www.bbc.co.uk/news/1',
    '[2] Capacity report https://www.example.org/report-2022.pdf',
  ].join('\n');
  const layout = readLayout(text);
  it('marks credits, teasers, tag lists, footnote markers and the reference list as zones', () => {
    for (const s of ['2021', '10 ways', '2024', 'rises to 300', '[1]', 'report-2022']) assert.ok(inZone(layout.zones, text.indexOf(s)), s);
    assert.ok(!inZone(layout.zones, text.indexOf('300 people')));
    assert.ok(!inZone(layout.zones, text.indexOf('900')));
  });
  it('resolves footnote numbers to a short name: the text after a dash, else the site', () => {
    assert.equal(layout.references.get(1), 'BBC');
    assert.equal(layout.references.get(2), 'example.org');
    assert.equal(shortName('Report on prisons https://edition.cnn.com/2025/x'), 'CNN');
  });
  it('treats bylines, update stamps and reading times as furniture, but not a sentence opening with "By 2030"', () => {
    const t = 'By Jane Doe and John Roe, Reuters, March 3, 2025\nUpdated March 3, 2025 at 4:05 p.m.\n5 min read\nBy 2030, the city plans 5,000 homes.';
    const zones = readLayout(t).zones;
    for (const s of ['2025', '4:05', '5 min']) assert.ok(inZone(zones, t.indexOf(s)), s);
    assert.ok(!inZone(zones, t.indexOf('5,000')));
  });
  it('treats a linked post title ending in a parenthesised date as furniture', () => {
    const t = 'Body text with 5 cases.\nWhy the river rose (March 25, 2025)\n';
    assert.ok(inZone(readLayout(t).zones, t.indexOf('2025')));
  });
});

describe('what a figure counts', () => {
  it('reads the counted noun phrase as written, with its place', () => {
    const t = 'Cristosal reported at least 261 deaths in Salvadoran prisons.';
    const r = read(t, mention(t, '261'));
    assert.equal(r.counts, 'deaths in Salvadoran prisons');
    assert.equal(r.signals.headClass, 'death');
  });
  it('takes the event noun before "of" over the person noun after it', () => {
    const t = 'Reports suggest the possible deaths of between 189 and 200 persons in detention.';
    assert.equal(read(t, mention(t, 'between 189 and 200')).signals.head, 'death');
  });
  it('reads "hundreds of deportees" through the "of"', () => {
    const t = 'The prison receives hundreds of deportees from abroad.';
    const r = read(t, mention(t, 'hundreds', { vague: true, low: null, high: null }));
    assert.equal(r.signals.head, 'deportee');
    assert.equal(r.signals.headClass, 'deport');
  });
  it('reads a participle as the thing counted: "1,200 killed", "300 injured"', () => {
    const t = 'The quake left 1,200 killed and 300 injured.';
    assert.equal(read(t, mention(t, '1,200')).signals.verb, 'kill');
    assert.equal(read(t, mention(t, '300')).signals.verb, 'injure');
  });
  it('finds the governing verb after the noun (passive) and before the number', () => {
    const a = 'On that day, 62 people were killed in the capital.';
    assert.equal(read(a, mention(a, '62')).signals.verb, 'kill');
    const b = 'Police arrested over 70,000 people in two years.';
    assert.equal(read(b, mention(b, '70,000', { hedge: 'over', hedgeStart: b.indexOf('over') })).signals.verb, 'arrest');
  });
  it('does not let a relative clause override a population cue', () => {
    const t = 'The population of the camp consists of more than 8,000 individuals who were arrested last year.';
    const r = read(t, mention(t, '8,000', { hedge: 'more than', hedgeStart: t.indexOf('more than') }));
    assert.ok(r.signals.cues.includes('population'));
    assert.equal(r.signals.verb, null);
  });
  it('takes the nearest class noun in the clause when the number has no noun', () => {
    const t = 'The number of deaths from the storm has risen to 1,350.';
    assert.equal(read(t, mention(t, '1,350')).signals.head, 'death');
  });
  it('reads past an initialism to the noun it modifies: "143 million U.S. consumers"', () => {
    const t = 'Hackers may have taken data on up to 143 million U.S. consumers.';
    const r = read(t, mention(t, '143 million', { hedge: 'up to', hedgeStart: t.indexOf('up to') }));
    assert.equal(r.counts, 'U.S. consumers');
    assert.equal(r.signals.head, 'consumer');
  });
  it('reads what a list or infobox line counts from its label', () => {
    const a = 'Users affected: up to 87,000,000 (company estimate)';
    assert.equal(read(a, mention(a, '87,000,000', { hedge: 'up to', hedgeStart: a.indexOf('up to') })).signals.head, 'user');
    const b = 'Rail trips\t570,557 (full day)';
    assert.equal(read(b, mention(b, '570,557')).signals.head, 'trip');
    const c = 'People in need: 20.6M';
    assert.equal(read(c, mention(c, '20.6M')).signals.head, 'people');
    // Prose before a colon, or a label too long to be one, names nothing counted.
    const d = 'The agency said in a statement issued on Tuesday evening: 500.';
    assert.equal(read(d, mention(d, '500')).signals.head, null);
    const f = 'Of those, users in the United Kingdom: about 1.1 million';
    assert.equal(read(f, mention(f, '1.1 million', { hedge: 'about', hedgeStart: f.indexOf('about') })).signals.head, 'user');
    const g = 'Volunteers who installed the quiz app: roughly 270,000';
    assert.equal(read(g, mention(g, '270,000', { hedge: 'roughly', hedgeStart: g.indexOf('roughly') })).signals.head, 'volunteer');
    const h = 'The agency said: 500';
    assert.equal(read(h, mention(h, '500')).signals.head, null);
    const e = 'In 2019: 500';
    assert.equal(read(e, mention(e, '500')).signals.head, null);
    // A month heading a line says when, not what.
    const j = 'June: 1.2 million sold';
    assert.equal(read(j, mention(j, '1.2 million')).signals.head, null);
  });
  it('takes no number word for what a figure is about', () => {
    const t = 'The difference, about 4.75 lakh, covers all causes and only one year, some six-month spans.';
    const ctx = read(t, mention(t, 'one year', { unit: 'years', dimension: 'duration' })).signals.context;
    assert.ok(ctx.includes('cause'));
    assert.deepEqual(ctx.filter((c) => /lakh|six/.test(c)), []);
  });
  it('reads a hyphenated compound by its last part, and reads past "at that point"', () => {
    const t = 'The agency counted 821,008 arrivals, and its sea-death figure at that point was 3,692.';
    assert.equal(read(t, mention(t, '3,692')).signals.head, 'death');
  });
  it('reads the event participle after a person head before the number', () => {
    const t = "The official count of people killed by the storm jumped to 34 on Tuesday.";
    assert.equal(read(t, mention(t, '34')).signals.verb, 'kill');
  });
  it('does not take whose count it is for what it counts', () => {
    const t = 'Excess deaths reached 5,000 by June, against an official count then near 1,400.';
    assert.notEqual(read(t, mention(t, '1,400')).signals.head, 'official');
    const p = 'The police estimate put the crowd at 12,000.';
    assert.notEqual(read(p, mention(p, '12,000')).signals.head, 'police');
  });
  it('reads a label noun right before the number', () => {
    const t = 'A magnitude 7.8 earthquake struck the coast.';
    assert.equal(read(t, mention(t, '7.8')).signals.head, 'magnitude');
  });
});

describe('cues', () => {
  it('marks an increment on a count, which is not the count', () => {
    const t = 'The ministry said it would make an additional 8,000 arrests, after a further 2,000 last month.';
    assert.ok(read(t, mention(t, '8,000')).signals.cues.includes('increment'));
    assert.ok(read(t, mention(t, '2,000')).signals.cues.includes('increment'));
    const u = 'Police have made 8,000 arrests.';
    assert.ok(!read(u, mention(u, '8,000')).signals.cues.includes('increment'));
  });
  const cues = (t: string, sub: string, over: Partial<Mention> = {}) => read(t, mention(t, sub, over)).signals.cues;
  it('tells capacity from population', () => {
    assert.ok(cues('The stadium was built to hold 60,000 fans.', '60,000').includes('capacity'));
    assert.ok(cues('The arena can accommodate 20,000 people.', '20,000').includes('capacity'));
    assert.ok(cues('The shelter has room for 400 families.', '400').includes('capacity'));
    const held = cues('The camp housed 14,500 refugees last month.', '14,500');
    assert.ok(held.includes('population') && !held.includes('capacity'));
  });
  it('marks plans, parts, rates, changes, revisions and per-unit wording', () => {
    assert.ok(cues('The ministry is looking to make an additional 8,000 arrests.', '8,000').includes('plan'));
    assert.ok(cues('The council approved a $5 million budget.', '$5 million', { unit: 'USD', dimension: 'currency' }).includes('plan'));
    assert.ok(cues('Officials deported 261 people, including 238 men from one gang.', '238').includes('part'));
    assert.ok(cues('Unemployment rose by 500 last month.', '500').includes('change'));
    assert.ok(cues('Initially announced with a capacity of 20,000 beds, it grew.', '20,000').includes('revision'));
    assert.ok(cues('Deaths reached 900, up from 700 reported a day earlier.', '700').includes('revision'));
    const per = cues('Cells built to hold approximately 80 inmates each were shown.', '80');
    assert.ok(per.includes('per-unit') && per.includes('capacity'));
    assert.ok(cues('Each ward is designed to hold 30 patients.', '30').includes('per:ward'));
    assert.ok(cues('Workers stay for 12 hours daily.', '12 hours', { unit: 'hours', dimension: 'duration' }).includes('per:day'));
  });
  it('marks the bounds of an estimate\'s uncertainty as an interval, not the estimate', () => {
    const t = 'The survey estimated 4,645 excess deaths (95% CI, 793 to 8,498).';
    assert.ok(cues(t, '793 to 8,498').includes('interval'));
    assert.ok(!cues(t, '4,645').includes('interval'));
    assert.ok(cues('A 95 percent confidence interval of 2,658 to 3,290 deaths.', '2,658 to 3,290').includes('interval'));
    assert.ok(cues('The poll of 1,000 voters has a margin of error of 3 points.', '3 points').includes('interval'));
    assert.ok(!cues('Buses run at 15-minute intervals, carrying 4,000 riders.', '4,000').includes('interval'));
  });
  it('does not read a distant "additional" as a plan', () => {
    const t = 'The city gained additional international attention when it evacuated 5,000 residents.';
    assert.ok(!read(t, mention(t, '5,000')).signals.cues.includes('plan'));
  });
});

describe('as-of dates and date figures', () => {
  it('takes "As of <month>" as the as-of date and never as a figure', () => {
    const t = 'As of August 2024, the camp housed 14,500 people, according to government reports.';
    const d = dateMention(t, 'August 2024', '2024-08');
    const r = read(t, mention(t, '14,500'), [d]);
    assert.equal(r.sentence.asOf, '2024-08');
    assert.equal(r.sentence.attributedTo, 'government reports');
    assert.equal(isDateFigure(r.sentence, d), false);
  });
  it('leaves a year-only frame without an as-of date', () => {
    const t = 'In 2022, the group Cristosal reported at least 261 deaths.';
    const d = dateMention(t, '2022', '2022-01', 'year');
    const r = read(t, mention(t, '261'), [d]);
    assert.equal(r.sentence.asOf, null);
    assert.equal(isDateFigure(r.sentence, d), false);
    assert.equal(r.sentence.attributedTo, 'Cristosal');
  });
  it('keeps event dates and drops caption datelines', () => {
    const opened = 'The bridge, which opened in January 2023, carries 40,000 cars.';
    const s1 = read(opened, mention(opened, '40,000')).sentence;
    assert.equal(isDateFigure(s1, dateMention(opened, 'January 2023', '2023-01')), true);
    const caption = 'Workers clear debris in Tecoluca, El Salvador, June 2024.';
    const s2 = readSentence(caption, { start: 0, end: caption.length }, [], new Map());
    assert.equal(isDateFigure(s2, dateMention(caption, 'June 2024', '2024-06')), false);
  });
});

describe('attribution', () => {
  it('reads the common patterns', () => {
    assert.equal(readAttribution('Data from the World Prison Brief (WPB) says the rate is 1,659.'), 'World Prison Brief (WPB)');
    assert.equal(readAttribution('A report from the Inter-American Commission, published in May, warned of 133%.'), 'Inter-American Commission');
    assert.equal(readAttribution('Justice Minister Ana Ruiz has said the country will add 8,000 beds.'), 'Justice Minister Ana Ruiz');
    assert.equal(readAttribution('"We are full," said Ingrid Escobar, a director.'), 'Ingrid Escobar');
    assert.equal(readAttribution('The 7.8 first reported by the national agency was revised.'), 'national agency');
    assert.equal(readAttribution('No deaths have been reported.'), null);
    assert.equal(readAttribution('He said 40 people came.'), null);
    // A joining word before the verb names no one.
    assert.equal(readAttribution('The registry, which recorded 8.12 million deaths, disagreed.'), null);
    assert.equal(readAttribution('Police said 32 were held, but later said only five were suspects.'), 'Police');
  });
  it('credits each side of a contested count to its own source', () => {
    const t = 'Organisers said 100,000 people joined the march, while police estimated the crowd at about 30,000.';
    const s = readSentence(t, { start: 0, end: t.length }, [], new Map());
    assert.equal(attributionAt(s, t.indexOf('100,000')), 'Organisers');
    assert.equal(attributionAt(s, t.indexOf('30,000')), 'police');
  });
  it('falls back to the footnotes a sentence cites', () => {
    const t = 'Cells hold 80 inmates each[1][4].';
    const s = readSentence(t, { start: 0, end: t.length }, [], new Map([[1, 'CNN'], [4, 'CNN'], [5, 'BBC']]));
    assert.equal(s.attributedTo, 'CNN');
  });
});
