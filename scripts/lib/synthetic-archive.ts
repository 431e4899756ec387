// A seeded synthetic news archive for `npm run bench:scale`: many invented stories, each reported by many
// outlets that disagree the way real ones do (hedges, ranges, revisions, vague counts, units, dates).
// Nothing here is real; the same seed always gives the same archive.

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['mar', 'row', 'ken', 'dal', 'brin', 'sto', 'vel', 'ash', 'tor', 'lin', 'gar', 'mo', 'ris', 'fen', 'hal', 'ba', 'cor', 'wyn', 'el', 'tha'];
const PLACE_KINDS = ['Valley', 'County', 'Harbour', 'Heights', 'Province', 'Bay', 'District', 'Springs'];
const PUBLISHERS = ['Valley Herald', 'River Post', 'Daily Ledger', 'Coast Courier', 'Evening Standard-Times', 'Northern Wire', 'Metro Observer', 'The Gazette', 'Public Radio News', 'Capital Tribune', 'Harbour Chronicle', 'Plains Dispatch'];
const SOURCES_SAID = ['officials said', 'the regional emergency office said', 'according to the interior ministry', 'police said', 'a spokesperson for the governor said', 'the Red Cross said', 'hospital records show', 'local authorities said'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Event {
  noun: string;
  /** Sentence templates: {V} is a stated value with its hedge; {S} is an attribution. */
  facts: { key: string; base: [number, number]; unit: string; templates: string[] }[];
}

const EVENTS: Event[] = [
  { noun: 'flood', facts: [
    { key: 'deaths', base: [20, 400], unit: '', templates: ['{V} people died in the floods, {S}.', 'The death toll from the flood rose to {V}, {S}.'] },
    { key: 'displaced', base: [1000, 90000], unit: '', templates: ['{V} residents were forced from their homes, {S}.', 'The floods displaced {V} people, {S}.'] },
    { key: 'cost', base: [5, 900], unit: 'million', templates: ['Damage is estimated at {V} dollars, {S}.', 'Repairs will cost {V} dollars, {S}.'] },
  ] },
  { noun: 'wildfire', facts: [
    { key: 'area', base: [500, 80000], unit: 'acres', templates: ['The fire has burned {V}, {S}.', 'Crews said the blaze had scorched {V}.'] },
    { key: 'homes', base: [10, 2000], unit: '', templates: ['{V} homes were destroyed, {S}.', 'The fire destroyed {V} homes and outbuildings.'] },
    { key: 'firefighters', base: [100, 3000], unit: '', templates: ['{V} firefighters are battling the blaze, {S}.'] },
  ] },
  { noun: 'strike', facts: [
    { key: 'workers', base: [500, 120000], unit: '', templates: ['{V} workers walked off the job, {S}.', 'The union said {V} members joined the strike.'] },
    { key: 'wage', base: [2, 15], unit: 'percent', templates: ['The union is demanding a raise of {V}, {S}.', 'Management offered {V} over two years.'] },
  ] },
  { noun: 'earthquake', facts: [
    { key: 'deaths', base: [5, 3000], unit: '', templates: ['The earthquake killed {V} people, {S}.', '{V} people were confirmed dead, {S}.'] },
    { key: 'injured', base: [50, 9000], unit: '', templates: ['{V} people were injured, {S}.'] },
    { key: 'magnitude', base: [5, 8], unit: 'magnitude', templates: ['The quake measured {V} on the moment magnitude scale.'] },
  ] },
  { noun: 'budget', facts: [
    { key: 'total', base: [50, 4000], unit: 'million', templates: ['The council approved a budget of {V} dollars, {S}.', 'Spending will total {V} dollars next year.'] },
    { key: 'jobs', base: [20, 900], unit: '', templates: ['The plan cuts {V} jobs, {S}.'] },
  ] },
  { noun: 'heatwave', facts: [
    { key: 'temperature', base: [36, 48], unit: 'degrees Celsius', templates: ['Temperatures reached {V}, {S}.', 'The thermometer hit {V} on Monday.'] },
    { key: 'hospitalised', base: [20, 3000], unit: '', templates: ['{V} people were treated for heatstroke, {S}.'] },
  ] },
  { noun: 'protest', facts: [
    { key: 'crowd', base: [1000, 300000], unit: '', templates: ['{V} people marched through the centre, {S}.', 'Organisers said {V} protesters took part.'] },
    { key: 'arrests', base: [5, 900], unit: '', templates: ['Police arrested {V} people, {S}.', '{V} demonstrators were detained.'] },
  ] },
];

// Background sentences; {P} is the story's place, {M} its mayor and {R} its river, as real coverage names its
// subject again and again (what tells one story's articles from another's).
const FILLER = [
  'Residents of {P} described scenes of confusion as the day went on.',
  'The situation in {P} remained unclear late into the evening.',
  'Several roads along the {R} were closed to traffic.',
  'Hundreds of volunteers arrived in {P} to help, and dozens of shelters opened.',
  'Critics said the response by {M} had been slow and poorly coordinated.',
  'A full inquiry is expected to report later in the year.',
  'Many families near the {R} said they had received no warning.',
  'Mayor {M} called for calm and promised support for those affected.',
];
const FIRST_NAMES = ['Ana', 'Tomas', 'Ines', 'Viktor', 'Maren', 'Joel', 'Priya', 'Osei', 'Lena', 'Hugo', 'Dara', 'Kofi'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function place(r: () => number): string {
  const name = pick(r, SYLLABLES) + pick(r, SYLLABLES) + (r() < 0.4 ? pick(r, SYLLABLES) : '');
  return `${name[0].toUpperCase()}${name.slice(1)} ${pick(r, PLACE_KINDS)}`;
}

function person(r: () => number): string {
  const family = pick(r, SYLLABLES) + pick(r, SYLLABLES) + pick(r, ['son', 'ez', 'ova', 'er', 'i', 'ard']);
  return `${pick(r, FIRST_NAMES)} ${family[0].toUpperCase()}${family.slice(1)}`;
}

function river(r: () => number): string {
  const name = pick(r, SYLLABLES) + pick(r, SYLLABLES);
  return `${name[0].toUpperCase()}${name.slice(1)} River`;
}

function number(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 10) / 10);
}

// One stated value as outlets write it: exact, hedged, a range, an open bound, or vague.
function stated(r: () => number, value: number, unit: string): string {
  const u = unit === 'million' ? ' million' : unit === 'percent' ? ' percent' : unit ? ` ${unit}` : '';
  const v = value * (0.7 + r() * 0.6);
  const roll = r();
  if (roll < 0.3) return `${number(v)}${u}`;
  if (roll < 0.5) return `${pick(r, ['about', 'around', 'nearly', 'roughly', 'an estimated'])} ${number(v)}${u}`;
  if (roll < 0.65) return `${pick(r, ['more than', 'at least', 'over'])} ${number(v)}${u}`;
  if (roll < 0.72) return `up to ${number(v)}${u}`;
  if (roll < 0.88) return `between ${number(v * 0.9)} and ${number(v * 1.1)}${u}`;
  if (roll < 0.94 && !unit) return value >= 1000 ? 'thousands of' : 'hundreds of';
  return `${number(v)}${u}`;
}

export interface Story {
  id: number;
  place: string;
  mayor: string;
  river: string;
  event: Event;
  values: Map<string, number>;
  year: number;
  month: number;
}

export interface SyntheticSource {
  name: string;
  text: string;
}

/** Stories for an archive of `n` sources: about one story per 40 sources, at least three. */
export function makeStories(seed: number, n: number): Story[] {
  const r = rng(seed);
  return Array.from({ length: Math.max(3, Math.ceil(n / 40)) }, (_, id) => {
    const event = EVENTS[id % EVENTS.length];
    const values = new Map(event.facts.map((f) => [f.key, f.base[0] + r() * (f.base[1] - f.base[0])]));
    return { id, place: place(r), mayor: person(r), river: river(r), event, values, year: 2019 + Math.floor(r() * 7), month: Math.floor(r() * 12) };
  });
}

/**
 * The i-th source of the archive as a markdown file with front matter. Story 0 is the long-running story a
 * desk follows (at least 1,100 sources, so one metric holds 1,000+ figures); the rest share the others.
 */
export function makeSource(seed: number, stories: Story[], i: number, n: number): SyntheticSource {
  const r = rng(seed * 1_000_003 + i);
  const bigShare = Math.min(1, Math.max(1100 / n, 0.02));
  const story = r() < bigShare ? stories[0] : stories[1 + Math.floor(r() * (stories.length - 1))];
  const publisher = pick(r, PUBLISHERS);
  const day = 1 + Math.floor(r() * 27);
  const month = (story.month + Math.floor(r() * 3)) % 12;
  const date = `${story.year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const noun = story.event.noun;
  const filler = () => pick(r, FILLER).replace('{P}', story.place).replace('{M}', story.mayor).replace('{R}', story.river);
  const lines: string[] = [];
  lines.push(`The ${noun} in ${story.place} began on ${MONTHS[story.month]} ${day}, ${story.year}.`);
  for (const fact of story.event.facts) {
    if (r() < 0.15) continue;
    const sentence = pick(r, fact.templates).replace('{V}', stated(r, story.values.get(fact.key)!, fact.unit)).replace('{S}', pick(r, SOURCES_SAID));
    lines.push(sentence[0].toUpperCase() + sentence.slice(1));
    if (r() < 0.5) lines.push(filler());
  }
  for (let k = 0; k < 3 + Math.floor(r() * 6); k++) lines.push(`${filler()} ${filler()}`);
  const title = `${pick(r, ['Inside the', 'Questions after the', 'Counting the cost of the', 'Latest on the'])} ${story.place} ${noun} (${i})`;
  const text = `---\ntitle: ${title}\npublisher: ${publisher}\npublished: ${date}\nurl: https://news.example/${story.id}/${i}\n---\n${lines.join('\n\n')}\n`;
  return { name: `story-${story.id}-${i}.md`, text };
}

/** One very long report on story 0 (about `bytes` long): the source page must stay responsive for it. */
export function makeLongSource(seed: number, stories: Story[], bytes: number): SyntheticSource {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = makeSource(seed + 7, [stories[0], stories[0]], i, 1);
    const body = s.text.slice(s.text.indexOf('---\n', 4) + 4);
    parts.push(`## Part ${i + 1}\n\n${body}`);
    size += body.length + 12;
  }
  const text = `---\ntitle: "The ${stories[0].place} ${stories[0].event.noun}: the full report"\npublisher: Public Radio News\npublished: ${stories[0].year}-12-30\n---\n${parts.join('\n')}`;
  return { name: 'long-report.md', text };
}
