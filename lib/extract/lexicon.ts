// General-English word classes the context reader and grouping share. They name what a figure
// counts (people, deaths, homes) and what happened to it (killed, arrested, opened); no subject-
// specific words belong here: the same lists serve an earthquake, a budget or an election.

/** Head-noun lemma → synonym class. */
const NOUN_CLASSES: Record<string, string[]> = {
  person: [
    'people', 'person', 'individual', 'inmate', 'prisoner', 'detainee', 'resident', 'citizen', 'civilian', 'man',
    'woman', 'child', 'adult', 'member', 'migrant', 'refugee', 'worker', 'employee', 'student', 'patient', 'voter',
    'spectator', 'fan', 'visitor', 'nurse', 'doctor', 'teacher', 'firefighter', 'miner', 'farmer', 'driver', 'pilot',
    'journalist', 'athlete', 'player', 'delegate', 'lawmaker', 'legislator', 'official', 'police', 'guard', 'hostage',
    'passenger', 'soldier', 'troop', 'officer', 'victim', 'survivor', 'inhabitant', 'villager', 'local',
    'pupil', 'teenager', 'youth', 'convict', 'suspect', 'staff', 'personnel', 'volunteer', 'rescuer', 'tourist',
  ],
  attend: ['crowd', 'attendance', 'audience', 'turnout', 'attendee', 'participant', 'protester', 'protestor', 'demonstrator', 'marcher'],
  cost: ['cost', 'bill', 'expenditure', 'spending', 'outlay', 'price'],
  death: ['death', 'fatality', 'dead', 'life', 'body', 'murder', 'homicide', 'killing', 'casualty', 'toll'],
  injury: ['injury', 'injured', 'wounded'],
  arrest: ['arrest', 'apprehension'],
  deport: ['deportee', 'deportation', 'expulsion'],
  evacuation: ['evacuee', 'evacuation', 'displaced'],
  home: ['home', 'house', 'residence', 'dwelling', 'household', 'apartment'],
  building: ['building', 'structure', 'property'],
  budget: ['budget'],
  magnitude: ['magnitude'],
  vote: ['vote', 'ballot'],
  case: ['case', 'infection'],
  job: ['job', 'position'],
};

/** Verb form → [lemma, class]. Classes that name an event on people also name what a count counts. */
const VERB_FORMS = new Map<string, [string, string]>();
const VERBS: [string, string, string[]][] = [
  ['kill', 'death', ['kill', 'kills', 'killed', 'killing']],
  ['die', 'death', ['die', 'dies', 'died', 'dying', 'perished', 'perish', 'drowned']],
  ['injure', 'injury', ['injure', 'injures', 'injured', 'injuring', 'wounded', 'wounding', 'hurt', 'hospitalized', 'hospitalised']],
  ['arrest', 'arrest', ['arrest', 'arrested', 'arresting', 'detained', 'detain', 'apprehended', 'detaining']],
  ['deport', 'deport', ['deport', 'deported', 'deports', 'deporting', 'expelled', 'expel']],
  ['evacuate', 'evacuation', ['evacuate', 'evacuated', 'evacuates', 'evacuating', 'flee', 'fled', 'displaced', 'displace', 'displacing', 'relocated']],
  ['rescue', 'rescue', ['rescued', 'rescues', 'rescue', 'saved', 'rescuing', 'airlifted']],
  ['miss', 'missing', ['missing', 'unaccounted', 'disappeared', 'vanished']],
  ['transfer', 'transfer', ['moved', 'transferred', 'transfer', 'transfers', 'transferring']],
  ['imprison', 'imprison', ['imprisoned', 'incarcerated', 'jailed', 'imprison', 'incarcerate', 'jail']],
  ['destroy', 'destroy', ['destroyed', 'destroys', 'destroy', 'razed', 'flattened', 'leveled', 'levelled', 'demolished']],
  ['damage', 'damage', ['damaged', 'damages']],
  ['burn', 'burn', ['burned', 'burnt', 'burns', 'burning', 'scorched', 'charred', 'blackened', 'consumed']],
  ['infect', 'case', ['infected', 'infects', 'infecting', 'sickened', 'contracted', 'diagnosed', 'tested']],
  ['attend', 'attend', ['attended', 'attend', 'watched', 'march', 'marches', 'rally', 'gathered', 'marched', 'rallied', 'joined', 'participated', 'protested', 'demonstrated', 'thronged', 'picketed', 'rallying', 'marching']],
  ['vote', 'vote', ['voted', 'vote', 'votes', 'cast']],
  ['spend', 'spend', ['spent', 'spend', 'spends', 'spending', 'paid', 'pay', 'pays', 'paying', 'cost', 'costs', 'costing']],
  ['budget', 'budget', ['budgeted', 'allocated', 'allocates', 'allocate', 'earmarked', 'appropriated', 'proposed', 'approved', 'pledged', 'requested']],
  ['raise', 'revenue', ['raised', 'collected', 'earned', 'generated']],
  ['open', 'open', ['opened', 'opens', 'launched', 'launch', 'launches', 'inaugurated', 'unveiled', 'commissioned', 'began', 'started', 'completed', 'founded', 'established']],
  ['close', 'close', ['closed', 'shut', 'closes']],
  ['declare', 'declare', ['declared', 'declares', 'proclaimed', 'imposed', 'enacted', 'introduced']],
  ['strike', 'strike', ['struck', 'strikes', 'hit', 'erupted', 'occurred', 'happened', 'broke', 'hits']],
  ['elect', 'elect', ['elected', 'won', 'reelected', 're-elected']],
  ['sign', 'sign', ['signed', 'ratified', 'passed', 'adopted']],
  ['hold', 'hold', ['hold', 'holds', 'held', 'holding', 'accommodate', 'accommodates', 'accommodated', 'fit', 'fits', 'seat', 'seats']],
  ['house', 'house', ['house', 'houses', 'housed', 'housing']],
];
const VERB_CLASS_OF = new Map<string, string>();
for (const [lemma, cls, forms] of VERBS) {
  VERB_CLASS_OF.set(lemma, cls);
  for (const f of forms) VERB_FORMS.set(f, [lemma, cls]);
}

const NOUN_CLASS_OF = new Map<string, string>();
for (const [cls, lemmas] of Object.entries(NOUN_CLASSES)) for (const l of lemmas) NOUN_CLASS_OF.set(l, cls);

/** Cues that change what a number measures (see context.ts); lib/group ranks by them, and splits by the scope ones. */
/** Dimensions of an amount of matter, which says what it is of: "4.9 million barrels of oil", "5.5 million hectares of forest". */
export const MATTER_DIMENSIONS: ReadonlySet<string> = new Set(['volume', 'mass', 'area']);

export const FRAME_CUES = ['capacity', 'population', 'age', 'plan', 'increment', 'part', 'rate', 'change', 'earlier-period', 'interval'];

/** The frame of a figure's cues, e.g. `frameOf(['capacity', 'per-unit'])` → 'capacity'. */
export function frameOf(cues: readonly string[]): string {
  return FRAME_CUES.filter((c) => cues.includes(c)).join('+');
}

/** Verb classes that say what happened to the people a number counts: "62 people were killed" counts deaths. */
export const PERSON_EVENT_CLASSES = new Set(['death', 'injury', 'arrest', 'deport', 'evacuation', 'transfer', 'imprison', 'vote', 'case', 'attend', 'rescue', 'missing']);

/** Verb classes that say what an amount of money is: "the project cost $1.2 billion" is a cost. */
export const MONEY_VERB_THINGS: Record<string, string> = { spend: 'cost', budget: 'budget', revenue: 'revenue' };

/** Verb classes whose date is an event worth a figure ("opened in January 2023"). */
export const DATE_EVENT_CLASSES = new Set([
  'open', 'close', 'declare', 'strike', 'elect', 'sign', 'death', 'arrest', 'deport', 'evacuation', 'injury', 'destroy',
]);

const IRREGULAR: Record<string, string> = {
  people: 'people', men: 'man', women: 'woman', children: 'child', lives: 'life', feet: 'foot', persons: 'person',
  police: 'police', staff: 'staff', personnel: 'personnel', series: 'series', news: 'news', data: 'data', dead: 'dead',
};

/** Lemma of a noun: "fatalities" → "fatality", "inmates" → "inmate", e.g. `lemma('deaths')` → 'death'. */
export function lemma(word: string): string {
  let l = LEMMAS.get(word);
  if (l === undefined) {
    l = lemmaOf(word);
    if (LEMMAS.size > 50_000) LEMMAS.clear();
    LEMMAS.set(word, l);
  }
  return l;
}

// Words repeat across a corpus, so lemmas are remembered (a bounded cache; the result never depends on it).
const LEMMAS = new Map<string, string>();

function lemmaOf(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Synonym class of a noun lemma, or the lemma itself, e.g. `nounClass('inmate')` → 'person'. */
export function nounClass(lemmaWord: string): string {
  return NOUN_CLASS_OF.get(lemmaWord) ?? lemmaWord;
}

/** Whether a noun lemma belongs to a synonym class, e.g. `isClassNoun('death')` → true. */
export function isClassNoun(lemmaWord: string): boolean {
  return NOUN_CLASS_OF.has(lemmaWord);
}

/** [lemma, class] of a lower-case verb form, or undefined, e.g. `verbOf('killed')` → ['kill', 'death']. */
export function verbOf(word: string): [string, string] | undefined {
  return VERB_FORMS.get(word);
}

/** Class of a verb lemma, e.g. `verbClass('kill')` → 'death'. */
export function verbClass(lemmaWord: string | null): string | null {
  return lemmaWord ? (VERB_CLASS_OF.get(lemmaWord) ?? null) : null;
}
