import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDigits, readDigitNumber, readVague, readWordNumber } from '../../lib/extract/numbers';
import { readCurrencyPrefix, readUnit, unitOf } from '../../lib/extract/units';

const digits = (s: string, money = false) => readDigitNumber(s, 0, money);
const words = (s: string) => readWordNumber(s, 0);

test('digits with separators and decimals', () => {
  assert.equal(parseDigits('40,000'), 40000);
  assert.equal(parseDigits('1,659'), 1659);
  assert.equal(digits('23.5')?.value, 23.5);
  assert.equal(digits('0.60')?.value, 0.6);
  assert.equal(digits('.08')?.value, 0.08);
  assert.equal(digits('1,234,567')?.value, 1234567);
  assert.equal(digits('12,34,567')?.value, 1234567, 'Indian lakh grouping');
  assert.equal(digits('40 000')?.value, 40000, 'space as thousands separator');
  assert.equal(digits('40\u202f000')?.value, 40000);
});

test('a bare integer is flagged plain (year or name candidate), a grouped one is not', () => {
  assert.equal(digits('2023')?.plain, true);
  assert.equal(digits('2,023')?.plain, false);
  assert.equal(digits('6 million')?.plain, false);
});

test('magnitudes after digits', () => {
  assert.equal(digits('6 million')?.value, 6e6);
  assert.equal(digits('1.2bn')?.value, 1.2e9);
  assert.equal(digits('3k')?.value, 3000);
  assert.equal(digits('2.33 k')?.value, 2330);
  assert.equal(digits('10 bln')?.value, 1e10);
  assert.equal(digits('5 lakh')?.value, 500000);
  assert.equal(digits('2 crore')?.value, 2e7);
  assert.equal(digits('3 dozen')?.value, 36);
  assert.equal(digits('322 hundred')?.value, 32200);
  assert.equal(digits('4 thousand 3 hundred and 21')?.value, 4321);
  assert.equal(digits('$5-million'.slice(1))?.value, 5e6, 'hyphenated magnitude');
});

test('a glued "m" is million only for money; upper-case M always is', () => {
  assert.equal(digits('5m', true)?.value, 5e6);
  assert.equal(digits('100m')?.value, 100, '100m sprint: metres are left to the unit lexicon');
  assert.equal(digits('10M')?.value, 1e7);
  assert.equal(digits('1MM')?.value, 1e6);
});

test('fractions in digits and symbols', () => {
  assert.equal(digits('1/2')?.value, 0.5);
  assert.equal(digits('3/4')?.value, 0.75);
  assert.equal(digits('½')?.value, 0.5);
  assert.equal(digits('2½')?.value, 2.5);
  assert.equal(digits('10 1/2')?.value, 10.5);
  assert.equal(digits('24/7'), null, '24/7 is an idiom, not a fraction');
  assert.equal(digits('9/11'), null);
});

test('numbers in words', () => {
  assert.equal(words('eight')?.value, 8);
  assert.equal(words('two')?.value, 2);
  assert.equal(words('twenty-three')?.value, 23);
  assert.equal(words('fifty - two')?.value, 52);
  assert.equal(words('one hundred and five')?.value, 105);
  assert.equal(words('one hundred and sixty-one')?.value, 161);
  assert.equal(words('two thousand and two hundred')?.value, 2200);
  assert.equal(words('twenty-one trillion three hundred')?.value, 21000000000300);
  assert.equal(words('hundred thousand')?.value, 100000);
  assert.equal(words('five point five')?.value, 5.5);
  assert.equal(words('zero point zero eight')?.value, 0.08);
  assert.equal(words('two hundred point seventy-one')?.value, 200.71);
});

test('word numbers stop where the grammar stops', () => {
  const t = words('five and ten');
  assert.equal(t?.value, 5, '"five and ten" is two numbers');
  assert.equal(words('two three')?.value, 2);
  assert.equal(readWordNumber('one hundred and two hundred', 0, false)?.value, 100, 'after "between", "and" is the range word');
});

test('articles, halves, dozens and spoken fractions', () => {
  assert.equal(words('a dozen')?.value, 12);
  assert.equal(words('half a million')?.value, 500000);
  assert.equal(words('half a dozen')?.value, 6);
  assert.equal(words('a hundred')?.value, 100);
  assert.equal(words('a million')?.value, 1e6);
  assert.equal(words('a quarter million')?.value, 250000);
  assert.equal(words('two and a half million')?.value, 2.5e6);
  assert.equal(words('one and a half')?.value, 1.5);
  assert.equal(words('five and a quarter')?.value, 5.25);
  assert.equal(words('three quarters')?.value, 0.75);
  assert.equal(words('two-thirds')?.value, 2 / 3);
  assert.equal(words('three dozens')?.value, 36);
  assert.equal(words('a third of')?.value, 1 / 3);
  assert.equal(words('a third term'), null, 'an ordinal, not a fraction');
  assert.equal(words('a'), null);
});

test('vague counts have no value', () => {
  for (const s of ['hundreds', 'thousands', 'millions', 'several hundred', 'a few thousand', 'tens of thousands', 'hundreds of thousands', 'several hundred thousand', 'a few hundred million', 'dozens']) {
    const t = readVague(s, 0);
    assert.ok(t, s);
    assert.equal(t.value, null);
    assert.equal(t.vague, true);
    assert.equal(t.end, s.length, s);
  }
  assert.equal(readVague('several', 0), null);
  assert.equal(readVague('a few', 0), null);
});

test('unit lexicon normalises spellings', () => {
  assert.equal(unitOf('sq meters')?.unit, 'square-meters');
  assert.equal(unitOf('km²')?.unit, 'square-kilometers');
  assert.equal(unitOf('per cent')?.unit, 'percent');
  assert.equal(unitOf('degrees Fahrenheit')?.unit, 'fahrenheit');
  assert.equal(unitOf('°C')?.unit, 'celsius');
  assert.equal(unitOf('kilometres')?.unit, 'kilometers');
  assert.equal(unitOf('mph')?.dimension, 'speed');
  assert.equal(unitOf('hectares')?.dimension, 'area');
  assert.equal(unitOf('euros')?.unit, 'EUR');
});

test('units after a number: glued, spaced, hyphenated; never a word prefix', () => {
  assert.equal(readUnit('40 miles', 2)?.unit, 'miles');
  assert.equal(readUnit('57-acre', 2)?.unit, 'acres');
  assert.equal(readUnit('23-hour', 2)?.unit, 'hours');
  assert.equal(readUnit('95°F', 2)?.unit, 'fahrenheit');
  assert.equal(readUnit('133%', 3)?.unit, 'percent');
  assert.equal(readUnit('0.60 sq meters', 4)?.unit, 'square-meters');
  assert.equal(readUnit('100t', 3)?.unit, 'tonnes');
  assert.equal(readUnit('5 men', 1), null, '"m" must end its word');
  assert.equal(readUnit('5 t', 1), null, 'one-letter units only when glued');
  assert.equal(readUnit('4G', 1), null);
});

test('currency prefixes', () => {
  assert.equal(readCurrencyPrefix('$6 million', 0)?.unit, 'USD');
  assert.equal(readCurrencyPrefix('US$3.8', 0)?.unit, 'USD');
  assert.equal(readCurrencyPrefix('€3.5', 0)?.unit, 'EUR');
  assert.equal(readCurrencyPrefix('£250,000', 0)?.unit, 'GBP');
  assert.equal(readCurrencyPrefix('C$16', 0)?.unit, 'CAD');
  assert.equal(readCurrencyPrefix('USD 200', 0)?.unit, 'USD');
  assert.equal(readCurrencyPrefix('₹500', 0)?.unit, 'INR');
  assert.equal(readCurrencyPrefix('a $5 bill', 0), null, '"a $" is no Australian dollar');
});
