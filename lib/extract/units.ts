// Unit lexicon: how a unit is printed after (or, for currencies, before) a number, and its normalised name.
import type { Dimension } from './types';

export interface UnitInfo {
  unit: string;
  dimension: Dimension;
  /** Multiplies the stated number into the normalised unit ("50 cents" stays 50 'cents'; "30 MUSD" is ×1e6). */
  factor?: number;
}

/** A unit found in the text: `text.slice(start, end)` is its printed form. */
export interface UnitMatch extends UnitInfo {
  start: number;
  end: number;
  raw: string;
}

type Entry = [surfaces: string, unit: string, dimension: Dimension];

// Surfaces are matched case-insensitively unless listed in CASED below; '|' separates spellings.
const ENTRIES: Entry[] = [
  ['percent|percents|per cent|per-cent|pct|percentage|%|pc', 'percent', 'percent'],
  ['percentage points|percentage point|percentage pts|pp|ppt|ppts', 'percentage-points', 'percent'],
  ['basis points|basis point|bps|bp', 'basis-points', 'percent'],
  ['dollars|dollar|usd|us dollars|us dollar|u.s. dollars|american dollars|bucks', 'USD', 'currency'],
  ['euros|euro|eur', 'EUR', 'currency'],
  ['pounds sterling|sterling|gbp|british pounds|british pound', 'GBP', 'currency'],
  ['pence|penny|pennies|p', 'pence', 'currency'],
  ['cents|cent', 'cents', 'currency'],
  ['yen|jpy', 'JPY', 'currency'],
  ['yuan|renminbi|rmb|cny|chinese yuan|元', 'CNY', 'currency'],
  ['rupees|rupee|inr|indian rupees', 'INR', 'currency'],
  ['australian dollars|australian dollar|aud', 'AUD', 'currency'],
  ['canadian dollars|canadian dollar|cad', 'CAD', 'currency'],
  ['swiss francs|swiss franc|chf', 'CHF', 'currency'],
  ['francs|franc', 'francs', 'currency'],
  ['pesos|peso', 'pesos', 'currency'],
  ['mexican pesos|mexican peso|mxn', 'MXN', 'currency'],
  ['roubles|rubles|rouble|ruble|rub', 'RUB', 'currency'],
  ['naira|ngn', 'NGN', 'currency'],
  ['rand|zar', 'ZAR', 'currency'],
  ['shekels|shekel|ils|nis', 'ILS', 'currency'],
  ['turkish lira|lira|try', 'TRY', 'currency'],
  ['bitcoins|bitcoin|btc|₿', 'BTC', 'currency'],
  ['€', 'EUR', 'currency'],
  ['£', 'GBP', 'currency'],
  ['$', 'USD', 'currency'],
  ['musd', 'USD', 'currency'],
  ['meur', 'EUR', 'currency'],
  ['mgbp', 'GBP', 'currency'],
  ['seconds|second|secs|sec', 'seconds', 'duration'],
  ['minutes|minute|mins|min', 'minutes', 'duration'],
  ['hours|hour|hrs|hr|h', 'hours', 'duration'],
  ['days|day', 'days', 'duration'],
  ['weeks|week|wks|wk', 'weeks', 'duration'],
  ['months|month|mos', 'months', 'duration'],
  ['years|year|yrs|yr|y|yo|y.o.', 'years', 'duration'],
  ['decades|decade', 'decades', 'duration'],
  ['centuries|century', 'centuries', 'duration'],
  ['miles|mile|mi', 'miles', 'length'],
  ['nautical miles|nautical mile|nm', 'nautical-miles', 'length'],
  ['kilometres|kilometers|kilometre|kilometer|km|kms', 'kilometers', 'length'],
  ['metres|meters|metre|meter|m', 'meters', 'length'],
  ['centimetres|centimeters|centimetre|centimeter|cm', 'centimeters', 'length'],
  ['millimetres|millimeters|millimetre|millimeter|mm', 'millimeters', 'length'],
  ['feet|foot|ft', 'feet', 'length'],
  ['inches|inch|in.', 'inches', 'length'],
  ['yards|yard|yd|yds', 'yards', 'length'],
  ['acres|acre', 'acres', 'area'],
  ['hectares|hectare|ha', 'hectares', 'area'],
  ['square kilometres|square kilometers|square kilometre|square kilometer|sq km|sq. km|sq kilometers|sq kilometres|km²|km2|sqkm', 'square-kilometers', 'area'],
  ['square miles|square mile|sq mi|sq. mi|sq miles|sq. miles|mi²', 'square-miles', 'area'],
  ['square metres|square meters|square metre|square meter|sq meters|sq metres|sq. meters|sq. metres|sq m|sq. m|sqm|m²|m2', 'square-meters', 'area'],
  ['square feet|square foot|sq feet|sq ft|sq. ft|sq. feet|sqft|ft²', 'square-feet', 'area'],
  ['square yards|square yard|sq yd|sq yards', 'square-yards', 'area'],
  ['litres|liters|litre|liter|l', 'liters', 'volume'],
  ['millilitres|milliliters|millilitre|milliliter|ml', 'milliliters', 'volume'],
  ['gallons|gallon|gal|us gallons|us gallon|u.s. gallons|u.s. gallon', 'gallons', 'volume'],
  ['imperial gallons|imperial gallon', 'imperial-gallons', 'volume'],
  ['barrels|barrel|bbl', 'barrels', 'volume'],
  ['cubic metres|cubic meters|cubic metre|cubic meter|m³|m3', 'cubic-meters', 'volume'],
  ['cubic feet|cubic foot|cu ft|ft³', 'cubic-feet', 'volume'],
  ['kilograms|kilogram|kilogrammes|kilogramme|kilos|kilo|kg|kgs', 'kilograms', 'mass'],
  ['grams|gram|grammes|gramme|g', 'grams', 'mass'],
  ['milligrams|milligram|mg', 'milligrams', 'mass'],
  ['micrograms|microgram|microgrammes|microgramme|mcg|μg|µg', 'micrograms', 'mass'],
  ['tonnes|tonne|metric tons|metric ton|t', 'tonnes', 'mass'],
  ['tons|ton|short tons|short ton|us tons|u.s. tons', 'tons', 'mass'],
  ['long tons|long ton', 'long-tons', 'mass'],
  ['pounds|pound|lbs|lb', 'pounds', 'mass'],
  ['ounces|ounce|oz', 'ounces', 'mass'],
  ['°c|ºc|° c|º c|degrees celsius|degree celsius|degrees centigrade|degree centigrade|deg celsius|deg c|degrees c|degree c|celsius|celcius|centigrade|centigrate|℃|C', 'celsius', 'temperature'],
  ['°f|ºf|° f|º f|degrees fahrenheit|degree fahrenheit|degrees farenheit|deg fahrenheit|deg f|degrees f|degree f|fahrenheit|farenheit|℉|F', 'fahrenheit', 'temperature'],
  ['degrees|degree|deg.|deg|°|º', 'degrees', 'temperature'],
  ['mph|miles per hour|miles an hour|mi/h', 'mph', 'speed'],
  ['km/h|kmh|kph|kmph|km per hour|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour|km/hr', 'km/h', 'speed'],
  ['m/s|metres per second|meters per second', 'm/s', 'speed'],
  ['knots|knot|kt|kts', 'knots', 'speed'],
  ['times|fold|-fold|x', 'times', 'multiplier'],
];

// Short surfaces that are only units in this exact case ("5 m" is metres, "5 M" is not; "4G" is no gram).
const CASED = new Set(['C', 'F', 'yo', 'y.o.', 'm', 'g', 't', 'l', 'h', 'y', 'p', 'pc', 'pp', 'nm', 'in.', 'x', 'mi', 'ha', 'kt', 'rand', 'try', 'nis', 'rub', 'mos', 'min']);
// Short surfaces accepted only when glued to the number ("100t", "24h", "5x"), never after a space.
// "40C" is UK weather copy for 40 degrees Celsius.
const GLUED_ONLY = new Set(['C', 'F', 't', 'h', 'y', 'l', 'p', 'x', 'pc', 'g']);

const LOOKUP = new Map<string, UnitInfo>();
const casedSurfaces: string[] = [];
const foldedSurfaces: string[] = [];
for (const [surfaces, unit, dimension] of ENTRIES) {
  for (const s of surfaces.split('|')) {
    const key = CASED.has(s) ? s : s.toLowerCase();
    if (!LOOKUP.has(key)) LOOKUP.set(key, { unit, dimension, factor: /^m(usd|eur|gbp)$/.test(s) ? 1e6 : undefined });
    (CASED.has(s) ? casedSurfaces : foldedSurfaces).push(s);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\u00a0]+');
const byLength = (a: string, b: string) => b.length - a.length;
// A unit ends where a word ends; symbols may be followed by anything.
const TAIL = '(?![A-Za-z0-9²³])';
const FOLDED_RE = new RegExp(`(?:${foldedSurfaces.sort(byLength).map(escape).join('|')})${TAIL}`, 'iy');
const CASED_RE = new RegExp(`(?:${casedSurfaces.sort(byLength).map(escape).join('|')})${TAIL}`, 'y');
// The first word (or symbol) of every surface: most words after a number ("inmates") fail this cheap test.
const LEADS = new Set([...casedSurfaces, ...foldedSurfaces].map((x) => (/^[A-Za-z]/.test(x) ? /^[A-Za-z]+/.exec(x)![0].toLowerCase() : x[0])));

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSepSpace = (c: number) => c === 32 || c === 0xa0;

function mayStartUnit(text: string, at: number): boolean {
  if (at >= text.length) return false;
  if (!isAsciiLetter(text.charCodeAt(at))) return LEADS.has(text[at]);
  let end = at + 1;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return LEADS.has(text.slice(at, end).toLowerCase());
}

/** Normalised unit of a printed surface; e.g. unitOf("sq meters") → {unit: 'square-meters', dimension: 'area'}. */
export function unitOf(surface: string): UnitInfo | null {
  const s = surface.replace(/[ \u00a0]+/g, ' ');
  return LOOKUP.get(s) ?? LOOKUP.get(s.toLowerCase()) ?? null;
}

/** Reads a unit printed right after a number at `pos` ("40 miles", "57-acre", "95°F"); e.g. readUnit("5 km", 1). */
export function readUnit(text: string, pos: number): UnitMatch | null {
  // Spaces, then an optional hyphen and spaces ("57-acre", "5 - km").
  let at = pos;
  while (at < text.length && isSepSpace(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) === 45) {
    at++;
    while (at < text.length && isSepSpace(text.charCodeAt(at))) at++;
  }
  if (!mayStartUnit(text, at)) return null;
  const glued = at === pos;
  const folded = unitMatchAt(FOLDED_RE, text, at, glued, null);
  return unitMatchAt(CASED_RE, text, at, glued, folded);
}

/** The unit `re` reads at `at` when it is longer than `best`, else `best`. */
function unitMatchAt(re: RegExp, text: string, at: number, glued: boolean, best: UnitMatch | null): UnitMatch | null {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || (best && best.end >= at + m[0].length)) return best;
  const info = unitOf(m[0]);
  if (!info || (!glued && GLUED_ONLY.has(m[0]))) return best;
  // Fields listed one by one (not spread): an object spread is slow on this hot path.
  return { unit: info.unit, dimension: info.dimension, factor: info.factor, start: at, end: at + m[0].length, raw: m[0] };
}

/** Units stated in SI (metric) form: the primary member of a restated pair ("95°F (35°C)" → celsius). */
export const METRIC_UNITS: ReadonlySet<string> = new Set([
  'celsius', 'kilometers', 'meters', 'centimeters', 'millimeters', 'square-meters', 'square-kilometers', 'hectares',
  'liters', 'milliliters', 'cubic-meters', 'kilograms', 'grams', 'milligrams', 'tonnes', 'km/h', 'm/s',
]);

// Currency written before the number: "$", "US$", "C$", "€", "£", "USD 200", "Rs 500".
const PREFIX: Record<string, string> = {
  $: 'USD', us$: 'USD', 'u.s.$': 'USD', 'u.s$': 'USD', usd$: 'USD', usd: 'USD', 'us $': 'USD', dollar: 'USD',
  a$: 'AUD', au$: 'AUD', aud$: 'AUD', aud: 'AUD', c$: 'CAD', ca$: 'CAD', cad$: 'CAD', cad: 'CAD',
  nz$: 'NZD', nzd$: 'NZD', nzd: 'NZD', hk$: 'HKD', hkd: 'HKD', s$: 'SGD', sgd: 'SGD', r$: 'BRL', brl: 'BRL',
  mx$: 'MXN', mex$: 'MXN', mxn$: 'MXN', mxn: 'MXN', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP',
  '¥': 'JPY', jpy: 'JPY', '₹': 'INR', rs: 'INR', 'rs.': 'INR', inr: 'INR', '₦': 'NGN', '₩': 'KRW', '₽': 'RUB',
  '₺': 'TRY', '₪': 'ILS', chf: 'CHF', rmb: 'CNY', cny: 'CNY', '₿': 'BTC', btc: 'BTC', zar: 'ZAR', r: 'ZAR',
  ksh: 'KES', kes: 'KES', maud: 'AUD', musd: 'USD', meur: 'EUR',
};
// Single-letter prefixes must touch the "$" ("A$", "C$"): "a $5 bill" is no Australian dollar.
const CURRENCY_PREFIX_SOURCE =
  '(?:(?:u\\.s\\.?|us|usd|au|aud|c|ca|cad|nz|nzd|hk|mx|mex|mxn)[ \\u00a0]?\\$|[asr]\\$|\\$|€|£|¥|₹|₦|₩|₽|₺|₪|₿|' +
  '(?:usd|eur|gbp|jpy|inr|chf|rmb|cny|aud|cad|nzd|hkd|sgd|brl|mxn|zar|kes|ksh|rs\\.?|dollar|btc|maud|musd|meur)(?![A-Za-z]))';
const PREFIX_RE = new RegExp(`${CURRENCY_PREFIX_SOURCE}[ \\u00a0]?(?=[\\d.]|[a-z]+[ \\u00a0-])`, 'iy');

/** Reads a currency written before a number at `pos` ("$", "US$", "€", "USD "); e.g. readCurrencyPrefix("$6", 0). */
export function readCurrencyPrefix(text: string, pos: number): UnitMatch | null {
  // No prefix starts with a digit, and most numbers are read from their first digit.
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) return null;
  PREFIX_RE.lastIndex = pos;
  const m = PREFIX_RE.exec(text);
  if (!m) return null;
  const raw = m[0].trim();
  const key = raw.toLowerCase().replace(/[ \u00a0]/g, '');
  const unit = PREFIX[key] ?? PREFIX[key.replace(/\$$/, '$')] ?? null;
  if (!unit) return null;
  const factor = /^m(usd|eur|aud)$/.test(key) ? 1e6 : undefined;
  return { unit, dimension: 'currency', factor, start: pos, end: pos + m[0].length, raw };
}

const SYMBOLS = '$€£¥₹₦₩₽₺₪₿';
const CODE_WORDS = new Set(Object.keys(PREFIX).filter((k) => /^[a-z.]+$/.test(k)));

/**
 * Where a currency written before the number at `pos` starts, or null; never before `floor`.
 * e.g. currencyStart("costs US$ 5", 9, 0) → 6. Looking back keeps currency signs out of the candidate scan.
 */
export function currencyStart(text: string, pos: number, floor: number): number | null {
  let i = pos;
  if (i > floor && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  let start = i;
  if (i > floor && SYMBOLS.includes(text[i - 1])) {
    start = i - 1;
    let j = start;
    if (j > floor && text[j - 1] === ' ') j--;
    let k = j;
    while (k > floor && k > j - 5 && isLetterOrDot(text.charCodeAt(k - 1))) k--;
    if (k < j && coversTo(text, k, pos)) return k;
  } else {
    while (start > floor && start > i - 6 && isLetterOrDot(text.charCodeAt(start - 1))) start--;
    if (start === i || !CODE_WORDS.has(text.slice(start, i).toLowerCase())) return null;
  }
  return coversTo(text, start, pos) ? start : null;
}

const isLetterOrDot = (c: number) => isAsciiLetter(c) || c === 46;

function coversTo(text: string, start: number, pos: number): boolean {
  const m = readCurrencyPrefix(text, start);
  return m !== null && m.end === pos;
}
