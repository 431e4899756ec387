import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from '../../lib/extract/mentions';
import type { Mention } from '../../lib/extract/types';

/** The mentions of `text`, checked for the invariants every caller relies on. */
function mentions(text: string): Mention[] {
  const ms = findMentions(text);
  let last = -1;
  for (const m of ms) {
    assert.equal(text.slice(m.start, m.end), m.text, 'text is the slice');
    assert.ok(m.start >= last, 'sorted and non-overlapping');
    if (m.hedgeStart !== null) assert.ok(m.hedgeStart < m.start, 'hedge lies before the figure');
    last = m.end;
  }
  return ms;
}

/** The single mention whose text is `want` (fails when absent). */
function one(text: string, want: string): Mention {
  const m = mentions(text).find((x) => x.text === want);
  assert.ok(m, `no mention "${want}" in: ${text}; got ${JSON.stringify(mentions(text).map((x) => x.text))}`);
  return m;
}

const texts = (text: string) => mentions(text).map((m) => m.text);

test('corpus phrasing: counts, hedges and units', () => {
  const cap = one('a mega-prison that can accommodate up to 40,000 inmates.', '40,000');
  assert.deepEqual([cap.low, cap.high, cap.unit, cap.dimension, cap.qualifier, cap.hedge], [40000, 40000, null, 'count', 'up to', 'up to']);
  const pop = one('consists of more than 84,000 individuals', '84,000');
  assert.equal(pop.qualifier, 'more than');
  const over = one('leading to the arrest of over 84,000 individuals', '84,000');
  assert.deepEqual([over.qualifier, over.hedge], ['more than', 'over']);
  assert.equal(over.hedgeStart, 'leading to the arrest of '.length);
  const dist = one('approximately 40 miles from the capital', '40 miles');
  assert.deepEqual([dist.low, dist.unit, dist.dimension, dist.qualifier], [40, 'miles', 'length', 'about']);
  const hours = one('confined to their cells for 23.5 hours daily', '23.5 hours');
  assert.deepEqual([hours.low, hours.unit, hours.dimension], [23.5, 'hours', 'duration']);
  assert.equal(one('only 30 minutes allocated', '30 minutes').unit, 'minutes');
  const acre = one('a 57-acre "mega-prison"', '57-acre');
  assert.deepEqual([acre.low, acre.unit, acre.dimension], [57, 'acres', 'area']);
  assert.equal(one('could reach 133%.', '133%').qualifier, 'up to');
  // A country or system named in the unit keeps the unit: US gallons are gallons, imperial gallons are not.
  assert.deepEqual([one('used 1.84 million US gallons of dispersant', '1.84 million US gallons').unit, one('used 1.84 million US gallons of dispersant', '1.84 million US gallons').dimension], ['gallons', 'volume']);
  assert.equal(one('3 million imperial gallons of water', '3 million imperial gallons').unit, 'imperial-gallons');
  assert.equal(one('carried 20,000 short tons of coal', '20,000 short tons').unit, 'tons');
  assert.equal(one('eight expansive pavilions', 'eight').low, 8);
  assert.equal(one('two electrical fences', 'two').low, 2);
});

test('corpus phrasing: ranges', () => {
  const a = one('between 189 and 200 possible deaths', 'between 189 and 200');
  assert.deepEqual([a.low, a.high, a.qualifier, a.hedge], [189, 200, 'range', null]);
  const b = one('each cell holds 65 to 70 inmates', '65 to 70');
  assert.deepEqual([b.low, b.high, b.qualifier], [65, 70, 'range']);
  const c = one('from 3 to 5 million people', 'from 3 to 5 million');
  assert.deepEqual([c.low, c.high], [3e6, 5e6]);
  assert.deepEqual([one('10-15 prisoners', '10-15').low, one('10-15 prisoners', '10-15').high], [10, 15]);
});

test('corpus phrasing: money, rates and restated units', () => {
  const fee = one('a $6 million arrangement', '$6 million');
  assert.deepEqual([fee.low, fee.unit, fee.dimension, fee.unitRaw], [6e6, 'USD', 'currency', '$']);
  assert.equal(one('the annual $200 million cost', '$200 million').unit, 'USD-per-year');
  const rate = one('with 1,659 inmates per 100,000 residents.', '1,659 inmates per 100,000 residents');
  assert.deepEqual([rate.low, rate.unit, rate.dimension], [1659, 'per-100000-residents', 'rate']);
  const f = one('reaching up to 95°F (35°C) during the day', '95°F (35°C)');
  assert.deepEqual([f.low, f.high, f.unit, f.qualifier], [35, 35, 'celsius', 'up to']);
  assert.deepEqual(f.restated, { low: 95, high: 95, unit: 'fahrenheit', text: '95°F' });
  const c = one('reaching up to 35°C (95°F) during the day', '35°C (95°F)');
  assert.deepEqual([c.low, c.unit, c.restated?.unit], [35, 'celsius', 'fahrenheit']);
  const area = one('an average space of 0.60 sq meters (6.45 sq feet), a violation', '0.60 sq meters (6.45 sq feet)');
  assert.deepEqual([area.low, area.unit, area.restated?.low, area.restated?.unit], [0.6, 'square-meters', 6.45, 'square-feet']);
});

test('vague counts', () => {
  const t = one('now houses thousands of inmates', 'thousands');
  assert.deepEqual([t.low, t.high, t.vague, t.qualifier], [null, null, true, 'about']);
  assert.equal(one('deported several hundred people', 'several hundred').vague, true);
  assert.equal(one('Hundreds of thousands fled the floods', 'Hundreds of thousands').vague, true);
  const m = one('it cost millions of dollars', 'millions of dollars');
  assert.deepEqual([m.unit, m.vague], ['USD', true]);
});

test('"a factor of" makes a multiplier', () => {
  const f = one('the estimates differ by a factor of roughly seven to ten', 'seven to ten');
  assert.deepEqual([f.low, f.high, f.unit, f.dimension], [7, 10, 'times', 'multiplier']);
});

test('a number after "aged" or "the age of" is an age in years', () => {
  const a = one('people aged 60 and over accounted for 78%', '60 and over');
  assert.deepEqual([a.low, a.unit, a.dimension, a.qualifier], [60, 'years', 'duration', 'at least']);
  const r = one('children aged 5 to 14', '5 to 14');
  assert.deepEqual([r.low, r.high, r.unit], [5, 14, 'years']);
  assert.equal(one('those over the age of 65', '65').unit, 'years');
  assert.equal(one('the engaged 300 workers', '300').unit, null);
});

test('a day of a month is never read out of a number with thousands separators', () => {
  assert.deepEqual(texts('Police deployed 16 June  2,000'), ['2,000']);
  assert.deepEqual(texts('June 2,000 people marched'), ['2,000']);
});

test('"two to one" is a ratio in times, not a count', () => {
  const r = one('defeated him by more than two to one.', 'two to one');
  assert.deepEqual([r.low, r.unit, r.dimension], [2, 'times', 'multiplier']);
  assert.equal(one('a three-to-one margin', 'three-to-one').unit, 'times');
  // A range up to a magnitude of one, and a change from 3 to 1, are not ratios.
  assert.deepEqual([one('two to one hundred', 'two to one hundred').high, one('two to one hundred', 'two to one hundred').unit], [100, null]);
  assert.deepEqual(texts('cut from 3 to 1'), ['3', '1']);
});

test('a score with an en dash and a day after a month are no figures', () => {
  assert.deepEqual(texts('won on penalties after a 3–3 draw with France'), []);
  assert.deepEqual(texts('the vote was 52–48'), []);
  assert.deepEqual(texts('August 16: 2.45 million'), ['2.45 million']);
  assert.deepEqual(texts('In May 40 people died.'), ['40']);
  assert.deepEqual(texts('12,000–19,000 barrels a day'), ['12,000–19,000 barrels']);
});

test('a year before a currency names the prices, not an amount', () => {
  assert.deepEqual(texts('Damage: US$90 billion (2017 USD)'), ['US$90 billion']);
  assert.deepEqual(texts('The cost, in 2020 dollars, was $5 billion.'), ['$5 billion']);
  assert.deepEqual(texts('a fine of 2000 euros and 2,017 dollars'), ['2000 euros', '2,017 dollars']);
});

test('an integer after a word that numbers parts, steps or ranks is an identifier', () => {
  assert.deepEqual(texts('Under Section 230 platforms are shielded; see table 2 and the Top 10.'), []);
  assert.deepEqual(texts('On Day 3 of the trial, jurors heard from 12 witnesses.'), ['12']);
  assert.deepEqual(texts('## Part 40'), []);
  // A count after such a word in lower case, and a share, stay figures.
  assert.deepEqual(texts('that week 40 people died'), ['40']);
  assert.deepEqual(texts('the top 1% of earners'), ['1%']);
});

test('a grouped number run into its noun, as copied infobox text is, is a figure', () => {
  assert.deepEqual(texts('Population 14,532inmates'), ['14,532']);
  assert.deepEqual(texts('Casualties at sea: 3,735dead or missing'), ['3,735']);
  assert.deepEqual(texts('Null votes50,785 (0.41%)'), ['50,785', '0.41%']);
  assert.deepEqual(texts('covid19 and votes50785'), []);
  // Not glued words: ordinals, units and codes.
  assert.deepEqual(texts('the 2,500th visitor with a 5,000mAh battery and 4G'), []);
  assert.deepEqual(texts('About 1,000km of road'), ['1,000km']);
});

test('not figures: citations, names, URLs, phones, ordinals, bare "one"', () => {
  assert.deepEqual(texts('the facility[1][4] and MS-13 and Barrio 18 members'), []);
  assert.deepEqual(texts('COVID-19 hit G20 economies and a Boeing 737 crashed.'), []);
  assert.deepEqual(texts('see https://example.com/2024/03/17/report-40000.html or mail info2024@example.org'), []);
  assert.deepEqual(texts('Call 555-123-4567 or +44 20 7946 0958 at 5:30 pm.'), []);
  assert.deepEqual(texts('her third title and 13th medal; the first time'), []);
  assert.deepEqual(texts('one of the prisoners said no one knew'), []);
  assert.deepEqual(texts('Download annual-report-2023.pdf now'), []);
  assert.deepEqual(texts('The Senate voted 52-48 on the bill.'), []);
  assert.deepEqual(texts('[3] What we know about a $6mn deal https://example.com/6mn-deal'), [], 'bibliography line');
});

test('"one" counts with a magnitude or a unit', () => {
  assert.equal(one('one million people', 'one million').low, 1e6);
  assert.equal(one('for one hour a day', 'one hour').unit, 'hours');
  assert.equal(one('a dozen eggs', 'a dozen').low, 12);
  assert.equal(one('half a million refugees', 'half a million').low, 5e5);
});

test('dates are one mention, never separate quantities', () => {
  assert.deepEqual(texts('on March 26, 2022, when 62 people were killed'), ['March 26, 2022', '62']);
  assert.deepEqual(texts('In March 12 people died.'), ['12'].filter(() => false), 'a month-day without a year is consumed');
  const y = one('The prison opened in 2023.', '2023');
  assert.deepEqual([y.kind, y.dateLow, y.dateHigh], ['date', '2023-01', '2023-12']);
  const c = one('and 2023 people applied', '2023');
  assert.deepEqual([c.kind, c.low], ['quantity', 2023]);
  assert.equal(one('there were 2,023 beds', '2,023').kind, 'quantity');
});

test('compound adjectives and ages', () => {
  assert.equal(one('a 13-year civil war', '13-year').unit, 'years');
  assert.equal(one('the 23-yr-old suspect', '23-yr-old').low, 23);
  assert.equal(one('a 23-year-old man', '23-year-old').dimension, 'duration');
  assert.equal(one('a 23-hour lockdown', '23-hour').unit, 'hours');
});

test('disaster tolls', () => {
  const a = one('The earthquake killed more than 50,000 people.', '50,000');
  assert.deepEqual([a.low, a.qualifier, a.hedge], [50000, 'more than', 'more than']);
  assert.equal(one('at least 1,200 are still missing', '1,200').qualifier, 'at least');
  assert.equal(one('the toll could reach 3,000', '3,000').qualifier, 'up to');
  assert.equal(one('an estimated 12,000 homes', '12,000').qualifier, 'about');
  assert.equal(one('fewer than 100 survivors', '100').qualifier, 'less than');
  assert.equal(one('no fewer than 40 bodies', '40').qualifier, 'at least');
  assert.equal(one('as many as 2,500 deaths', '2,500').qualifier, 'up to');
  assert.equal(one('nearly two-thirds of homes', 'two-thirds').qualifier, 'about');
});

test('a "from … to" after a change verb is two figures, not a range', () => {
  assert.deepEqual(texts('The toll rose from 1,500 to 3,000 overnight.'), ['1,500', '3,000']);
  assert.deepEqual(texts('The budget rose from $3 million to $5 million.'), ['$3 million', '$5 million']);
});

test('budgets and money', () => {
  assert.equal(one('a $1.2bn budget', '$1.2bn').low, 1.2e9);
  assert.equal(one('fined £250,000', '£250,000').unit, 'GBP');
  const eur = one('the project cost €3.5 billion', '€3.5 billion');
  assert.deepEqual([eur.low, eur.unit], [3.5e9, 'EUR']);
  assert.equal(one('about US$3.8 billion', 'US$3.8 billion').qualifier, 'about');
  assert.equal(one('Rs 500 crore package', 'Rs 500 crore').low, 5e9);
  assert.equal(one('a 50p coin', '50p').unit, 'pence');
  assert.equal(one('It will cost 20 million euros.', '20 million euros').low, 2e7);
  const r = one('between $10 million and $15 million', 'between $10 million and $15 million');
  assert.deepEqual([r.low, r.high, r.unit], [1e7, 1.5e7, 'USD']);
  assert.deepEqual([one('$3-5 million', '$3-5 million').low, one('$3-5 million', '$3-5 million').high], [3e6, 5e6]);
});

test('crowd sizes and turnout', () => {
  const r = one('Between 10,000 and 15,000 protesters gathered', 'Between 10,000 and 15,000');
  assert.deepEqual([r.low, r.high, r.qualifier], [10000, 15000, 'range']);
  const h = one('some 3,000-4,000 troops', '3,000-4,000');
  assert.deepEqual([h.qualifier, h.hedge], ['range', 'some'], 'a hedged range keeps its hedge as written');
  const c = one('a crowd of 20,000-25,000', '20,000-25,000');
  assert.deepEqual([c.low, c.high], [20000, 25000]);
  assert.equal(one('turnout was 67.3 per cent', '67.3 per cent').unit, 'percent');
  const pp = one('fell 0.4 percentage points', '0.4 percentage points');
  assert.deepEqual([pp.unit, pp.dimension], ['percentage-points', 'percent']);
  const share = one('about 1 in 5 children', '1 in 5');
  assert.deepEqual([share.low, share.unit, share.qualifier], [20, 'percent', 'about']);
  // A spoken fraction is a share too, so "a third of federal waters" meets "37 percent of federal waters".
  const third = one('about a third of federal waters were closed', 'a third');
  assert.deepEqual([Math.round(third.low! * 10) / 10, third.unit, third.dimension, third.qualifier], [33.3, 'percent', 'percent', 'about']);
  assert.deepEqual([one('Two-thirds of the vote', 'Two-thirds').low! > 66.6, one('nearly half of the voters', 'half').low], [true, 50]);
  // A fraction on its own, of a magnitude or of a unit stays a number.
  assert.deepEqual([one('cut by two thirds', 'two thirds').low! < 1, one('cut by two thirds', 'two thirds').unit], [true, null]);
  assert.deepEqual([one('it cost half a million', 'half a million').low, one('it cost half a million', 'half a million').unit], [500000, null]);
  assert.equal(one('a show of four and a half hours', 'four and a half hours').unit, 'hours');
  const rng = one('prices rose 10-15%', '10-15%');
  assert.deepEqual([rng.low, rng.high, rng.unit], [10, 15, 'percent']);
});

test('temperatures', () => {
  const t = one('Temperatures hit 40°C (104°F) in Seville', '40°C (104°F)');
  assert.deepEqual([t.low, t.unit, t.restated?.low, t.restated?.unit], [40, 'celsius', 104, 'fahrenheit']);
  const neg = one('and -5 degrees Celsius in the hills', '-5 degrees Celsius');
  assert.deepEqual([neg.low, neg.unit, neg.dimension], [-5, 'celsius', 'temperature']);
  assert.equal(one('it was 98 degrees Fahrenheit', '98 degrees Fahrenheit').unit, 'fahrenheit');
  assert.equal(one('minus 20 degrees', 'minus 20 degrees').low, -20);
});

test('distances, areas, speeds and masses', () => {
  assert.equal(one('within 2 km of the town', '2 km').unit, 'kilometers');
  const area = one('burned 1,200 hectares (about 3,000 acres)', '1,200 hectares (about 3,000 acres)');
  assert.deepEqual([area.low, area.unit, area.restated?.unit], [1200, 'hectares', 'acres']);
  const a2 = one('burned 3,000 acres (1,200 hectares)', '3,000 acres (1,200 hectares)');
  assert.deepEqual([a2.low, a2.unit, a2.restated?.low], [1200, 'hectares', 3000], 'the metric member is primary');
  assert.equal(one('winds of up to 120 mph', '120 mph').dimension, 'speed');
  assert.equal(one('at 900 km/h', '900 km/h').unit, 'km/h');
  assert.equal(one('20 tonnes of cargo', '20 tonnes').dimension, 'mass');
  assert.equal(one('a 100m sprint', '100m').unit, 'meters');
  assert.equal(one('he is 6 feet 2 inches tall', '6 feet 2 inches').low, 6 + 2 / 12);
  assert.equal(one('3.9 billion cubic metres of water', '3.9 billion cubic metres').low, 3.9e9);
  assert.equal(one('covering 5 km² of land', '5 km²').unit, 'square-kilometers');
});

test('word numbers in context', () => {
  assert.equal(one('twenty-three people', 'twenty-three').low, 23);
  assert.equal(one('one hundred and five votes', 'one hundred and five').low, 105);
  assert.deepEqual(texts('a one-sided vote and a two-way race'), [], 'idioms');
  assert.deepEqual([one('more than half of voters', 'half').low, one('more than half of voters', 'half').unit], [50, 'percent']);
  assert.deepEqual(texts('half the city was flooded'), [], 'a bare "half" is a phrase');
});

test('names after capitalised words are skipped, but not at a sentence start', () => {
  assert.deepEqual(texts('They flew on a Boeing 737 over Route 66.'), []);
  assert.deepEqual(texts('Members of Barrio 18 were moved.'), []);
  assert.equal(one('Police said 40 people were hurt.', '40').low, 40);
  assert.equal(one('Nearly 300 people died. Only 12 survived.', '12').low, 12, 'a sentence-initial word is no name');
  assert.equal(one('Officials Report 40,000 Displaced', '40,000').low, 40000, 'grouped digits are never a name');
});

test('trailing hedges, shares and glued suffixes', () => {
  const a = one('500 or more people were hurt', '500 or more');
  assert.deepEqual([a.low, a.qualifier, a.hedge, a.hedgeStart], [500, 'at least', 'or more', null]);
  assert.equal(one('children aged 5 and under', '5 and under').qualifier, 'up to');
  assert.deepEqual(texts('40 and over the next decade'), ['40'], '"and over the" is a preposition');
  assert.equal(one('one in four lives in poverty', 'one in four').low, 25);
  assert.equal(one('Some 1.5m people voted', '1.5m').low, 1.5e6, 'a glued m before a plural noun is million');
  assert.equal(one('ran the 400m hurdles', '400m').unit, 'meters');
  const c = one('temperatures of 35-40C', '35-40C');
  assert.deepEqual([c.low, c.high, c.unit], [35, 40, 'celsius']);
  assert.deepEqual(texts('The bill, H.R. 3684, passed.'), [], 'initials name a bill');
  assert.deepEqual(texts('It opened at 10 a.m. and closed at 5 pm.'), [], 'times of day');
});

test('throughput is linear: a long text is read in one pass', () => {
  const unit = 'Over 40,000 inmates, up to 95°F (35°C), between 189 and 200 deaths, in early 2023 and March 26, 2022. ';
  const text = unit.repeat(20000);
  const t0 = performance.now();
  const n = findMentions(text).length;
  const ms = performance.now() - t0;
  assert.equal(n, 5 * 20000);
  // A quadratic scan would take minutes on 2 MB; the bound is loose because CI machines are shared.
  assert.ok(ms < 15000, `took ${ms} ms for ${text.length} chars`);
});
