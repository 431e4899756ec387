import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthNumber, readDate } from '../../lib/extract/dates';
import { findMentions } from '../../lib/extract/mentions';
import type { Mention } from '../../lib/extract/types';

/** The date mentions of `text` as [text, dateLow, dateHigh, precision]. */
function dates(text: string): [string, string | null, string | null, string | null][] {
  return findMentions(text)
    .filter((m: Mention) => m.kind === 'date')
    .map((m) => [m.text, m.dateLow, m.dateHigh, m.datePrecision]);
}

test('years: a date-like 4-digit number is a year', () => {
  assert.deepEqual(dates('The prison opened in 2023.'), [['2023', '2023-01', '2023-12', 'year']]);
  assert.deepEqual(dates('Since 2015, the population has grown.'), [['2015', '2015-01', '2015-12', 'year']]);
  assert.deepEqual(dates('the 2024 election'), [['2024', '2024-01', '2024-12', 'year']]);
  assert.deepEqual(dates("Bukele's 2019 victory"), [['2019', '2019-01', '2019-12', 'year']]);
});

test('years: counts, grouped digits and hedged numbers are not years', () => {
  assert.deepEqual(dates('and 2023 people applied'), []);
  assert.deepEqual(dates('there were 2,023 beds'), []);
  assert.deepEqual(dates('over 2000 people attended'), []);
  assert.deepEqual(dates('a 2000 km journey'), []);
  assert.deepEqual(dates('It opened in 1750.'), [], 'bare years before 1800 are not read as years');
});

test('parts of a year', () => {
  assert.deepEqual(dates('which opened in early 2023'), [['early 2023', '2023-01', '2023-04', 'part-of-year']]);
  assert.deepEqual(dates('by mid-2022'), [['mid-2022', '2022-05', '2022-08', 'part-of-year']]);
  assert.deepEqual(dates('in late 2024'), [['late 2024', '2024-09', '2024-12', 'part-of-year']]);
  assert.deepEqual(dates('by the end of 2025'), [['end of 2025', '2025-09', '2025-12', 'part-of-year']]);
  assert.deepEqual(dates('in the first half of 2023'), [['first half of 2023', '2023-01', '2023-06', 'part-of-year']]);
  assert.deepEqual(dates('in the third quarter of 2024'), [['third quarter of 2024', '2024-07', '2024-09', 'part-of-year']]);
  assert.deepEqual(dates('Q3 2023 results'), [['Q3 2023', '2023-07', '2023-09', 'part-of-year']]);
  assert.deepEqual(dates('2019-H2 outlook'), [['2019-H2', '2019-07', '2019-12', 'part-of-year']]);
  assert.deepEqual(dates('Spring 2023 floods'), [['Spring 2023', '2023-03', '2023-05', 'part-of-year']]);
});

test('months', () => {
  assert.deepEqual(dates('officially opened in January 2023'), [['January 2023', '2023-01', '2023-01', 'month']]);
  assert.deepEqual(dates('in Jan. 2023 and Sept. 2022'), [
    ['Jan. 2023', '2023-01', '2023-01', 'month'],
    ['Sept. 2022', '2022-09', '2022-09', 'month'],
  ]);
  assert.deepEqual(dates('As of August 2024, the prison housed 14,500 inmates'), [['August 2024', '2024-08', '2024-08', 'month']]);
  assert.deepEqual(dates('the 2024-08 figures'), [['2024-08', '2024-08', '2024-08', 'month']]);
  assert.deepEqual(dates('the deal may 2024.'), [['2024', '2024-01', '2024-12', 'year']], '"may" in lower case is the verb');
});

test('days', () => {
  assert.deepEqual(dates('on March 26, 2022, when'), [['March 26, 2022', '2022-03-26', '2022-03-26', 'day']]);
  assert.deepEqual(dates('on 26 March 2022'), [['26 March 2022', '2022-03-26', '2022-03-26', 'day']]);
  assert.deepEqual(dates('on 2022-03-26'), [['2022-03-26', '2022-03-26', '2022-03-26', 'day']]);
  assert.deepEqual(dates('on 3/26/2022 and 26/03/2022'), [
    ['3/26/2022', '2022-03-26', '2022-03-26', 'day'],
    ['26/03/2022', '2022-03-26', '2022-03-26', 'day'],
  ]);
  assert.deepEqual(dates('the 4th of July 1776'), [['4th of July 1776', '1776-07-04', '1776-07-04', 'day']]);
  assert.deepEqual(dates('on Jan. 5, 2021'), [['Jan. 5, 2021', '2021-01-05', '2021-01-05', 'day']]);
});

test('a day and month without a year is consumed but not reported', () => {
  assert.deepEqual(findMentions('On March 12 the WHO declared a pandemic.'), []);
  assert.deepEqual(findMentions('on 26 March police arrived'), []);
});

test('decades, centuries and year ranges', () => {
  assert.deepEqual(dates('In the 1990s'), [['1990s', '1990-01', '1999-12', 'year']]);
  assert.deepEqual(dates("during the '90s"), [['90s', '1990-01', '1999-12', 'year']]);
  assert.deepEqual(dates('the 19th century'), [['19th century', '1800-01', '1899-12', 'year']]);
  assert.deepEqual(dates('by the mid-2020s'), [['mid-2020s', '2024-01', '2026-12', 'year']]);
  assert.deepEqual(dates('the 2011-12 season'), [['2011-12', '2011-01', '2012-12', 'year']], 'a season, not December');
  assert.deepEqual(dates('in 2020-21'), [['2020-21', '2020-01', '2021-12', 'year']]);
  assert.deepEqual(dates('the 1914–1918 war'), [['1914–1918', '1914-01', '1918-12', 'year']]);
  assert.deepEqual(dates('from 2019 to 2021'), [['from 2019 to 2021', '2019-01', '2021-12', 'year']]);
  assert.deepEqual(dates('between 2010 and 2015'), [['between 2010 and 2015', '2010-01', '2015-12', 'year']]);
  assert.deepEqual(dates('2015 and 2018'), [['2015', '2015-01', '2015-12', 'year'], ['2018', '2018-01', '2018-12', 'year']]);
});

test('month ranges', () => {
  assert.deepEqual(dates('between January and March 2024'), [['between January and March 2024', '2024-01', '2024-03', 'month']]);
  assert.deepEqual(dates('Jan-Feb 2017'), [['Jan-Feb 2017', '2017-01', '2017-02', 'month']]);
  assert.deepEqual(dates('Nov-Feb 2017'), [['Nov-Feb 2017', '2016-11', '2017-02', 'month']], 'a later first month is in the year before');
  assert.deepEqual(dates('Nov 18-Dec 19, 2015'), [['Nov 18-Dec 19, 2015', '2015-11-18', '2015-12-19', 'day']]);
  assert.deepEqual(dates('in March and April 2020'), [['April 2020', '2020-04', '2020-04', 'month']], '"and" without "between" lists two months');
  assert.deepEqual(dates('26 June in 2019 to 28 June in 2020'), [['2019', '2019-01', '2019-12', 'year'], ['2020', '2020-01', '2020-12', 'year']]);
});

test('range qualifiers on dates', () => {
  const [r] = findMentions('from 2019 to 2021');
  assert.equal(r.qualifier, 'range');
  const [y] = findMentions('in 2023');
  assert.deepEqual([y.qualifier, y.dimension, y.low, y.high], ['exact', 'date', null, null]);
});

test('readDate and monthNumber', () => {
  assert.equal(readDate('January 2023', 0, () => true)?.dateLow, '2023-01');
  assert.equal(readDate('2023', 0, () => false), null, 'the caller decides whether a bare number is a year');
  assert.equal(monthNumber('Sept.'), 9);
  assert.equal(monthNumber('December'), 12);
  assert.equal(monthNumber('Smarch'), null);
});
