// The contract between the number grammar, the context reader, grouping and storage.
// Offsets are JavaScript string offsets (UTF-16 code units) into the source's stored text.

/** The hedge a figure is stated with, normalised ("over" and "more than" are both 'more than'). */
export type Qualifier = 'exact' | 'about' | 'at least' | 'more than' | 'up to' | 'less than' | 'range';

export type FigureKind = 'quantity' | 'date';

/** How finely a date figure is stated: "2023", "early 2023", "January 2023", "March 26, 2022". */
export type DatePrecision = 'year' | 'part-of-year' | 'month' | 'day';

/** What a unit measures; two figures of different dimensions never share a metric. */
export type Dimension =
  | 'count'
  | 'currency'
  | 'percent'
  | 'duration'
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'temperature'
  | 'speed'
  | 'rate'
  | 'multiplier'
  | 'date';

/** The same value restated in another unit: the "(35°C)" of "95°F (35°C)". */
export interface RestatedValue {
  low: number;
  high: number;
  unit: string;
  text: string;
}

/**
 * A number, range or date found by the grammar, before its sentence is read.
 * `text` is `source.slice(start, end)`: the figure's own words ("40,000", "between 189 and 200",
 * "$6 million", "95°F (35°C)", "eight", "23.5 hours"), without a leading hedge such as "over".
 */
export interface Mention {
  kind: FigureKind;
  start: number;
  end: number;
  text: string;
  /** Quantities: the bounds as stated, magnitude applied ("$6 million" → 6000000); null for vague counts ("hundreds"). */
  low: number | null;
  high: number | null;
  /** Dates: ISO bounds ("2023-01", "2022-03-26"); null for quantities. */
  dateLow: string | null;
  dateHigh: string | null;
  datePrecision: DatePrecision | null;
  qualifier: Qualifier;
  /** The hedge as written ("over", "approximately", "up to"), or null. */
  hedge: string | null;
  /** Where the hedge starts, when there is one (it lies before `start`). */
  hedgeStart: number | null;
  /** Normalised measurement unit ('USD', 'percent', 'hours', 'miles', 'celsius', 'square-meters', 'per-100000-residents', ...); null when the number counts a noun. */
  unit: string | null;
  /** The unit as printed ("°F", "sq meters", "$"), or null. */
  unitRaw: string | null;
  dimension: Dimension;
  /** "hundreds", "several hundred", "thousands": a count with no number. */
  vague: boolean;
  restated: RestatedValue | null;
}

/** The words around a figure that say what it measures; grouping compares these, never raw sentences. */
export interface FigureSignals {
  /** Lemma of the counted noun's head ("inmate", "death", "arrest"), or null. */
  head: string | null;
  /** Synonym class of the head ("person", "death", "arrest", ...), or the head itself when it has no class. */
  headClass: string | null;
  /** Lemma of the governing verb ("hold", "house", "kill", "arrest"), or null. */
  verb: string | null;
  /** General cues read from the context: 'capacity', 'population', 'plan', 'per-unit', 'part', 'total', 'rate', 'change', ... */
  cues: string[];
  /** Nouns in the sentence that name what the figure is about ("cell", "prison", "day"). */
  context: string[];
}

/** A figure as extracted from one source: a mention plus its citation and what its sentence says of it. */
export interface ExtractedFigure extends Mention {
  /** The sentence that states the figure: `source.slice(quoteStart, quoteEnd)`. */
  quoteStart: number;
  quoteEnd: number;
  quote: string;
  /** What the figure counts, as written ("inmates", "deaths in Salvadoran prisons"), or null. */
  counts: string | null;
  /** The date the figure was true on, ISO ("2024-08"), when the text states one. */
  asOf: string | null;
  /** Who the text credits the figure to ("government reports", "Cristosal"), or null. */
  attributedTo: string | null;
  signals: FigureSignals;
  /** Odd text that did not stop extraction; stored and shown beside the figure. */
  warnings: string[];
}

export interface ExtractionResult {
  figures: ExtractedFigure[];
  warnings: string[];
}

/** A metric proposed by grouping: figures across sources that measure the same thing. */
export interface MetricDraft {
  /** Stable, readable key, unique within one grouping run ("capacity-inmates"). */
  slug: string;
  label: string;
  unit: string | null;
  kind: FigureKind;
  description: string;
}

/** One source's figures handed to grouping; `key` is any id the caller uses for the source. */
export interface GroupInput {
  key: string;
  figures: ExtractedFigure[];
  /** The source's text: figures only share a metric across sources that tell one story. Without it, every source is taken to. */
  text?: string;
}

export interface GroupingResult {
  metrics: MetricDraft[];
  /** For each input source, for each of its figures, the index into `metrics`, or null. */
  assignment: (number | null)[][];
}
