// Attribution: who a sentence (or one clause of it) credits its figures to. Reads "according to X",
// "data from X", "reported by X", "X said" / "said X"; a pronoun or a passive names no one.

const ATTR_ACCORDING_RE = /\b[Aa]ccording\s+to\s+(?:the\s+)?([^,.;:()]{2,80}?)(?=\s*[,.;:()]|\s+(?:as\s+of|in|on|which|who)\b|$)/;
const ATTR_FROM_RE =
  /\b(?:[Dd]ata|[Ff]igures|[Nn]umbers|[Ss]tatistics|[Ee]stimates|[Aa]\s+report|[Rr]eports|[Aa]\s+study|[Aa]n\s+analysis|[Aa]\s+survey|[Aa]\s+count|[Aa]\s+tally)\s+(?:from|by|of|released\s+by|published\s+by|compiled\s+by)\s+(?:the\s+)?((?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*|\([A-Z]+\))(?:\s+(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*|of|on|for|and|the|de|\([A-Z]+\)))*)/;
// Saying verbs name a source more surely than finding verbs ("the highest ever recorded …, the service said").
const REPORT_VERB_RES = [
  '(?:said|says|say|told|stated|announced|reported|estimated|warned|claimed|confirmed|put)',
  '(?:noted|found|documented|counted|recorded|registered|indicated|concluded|revealed|tallied)',
  // Tried only at the first space of a run: from every space of a long run, \s+ would rescan the rest of it.
].map((verbs) => new RegExp(`(?<!\\s)\\s+(?:has\\s+|have\\s+|had\\s+)?${verbs}\\b`));
const SUBJECT_MAX = 90;
const ATTR_PASSIVE_RE = /\b(?:reported|announced|confirmed|estimated|recorded|counted|compiled|published|released)\s+by\s+(?:the\s+)?([^,.;:()]{2,80}?)(?=\s*[,.;:()]|\s+(?:was|were|is|are|has|had|and|but|in|on|at|as|which|who|that|for)\b|$)/;
const ATTR_INVERTED_RE = /\b(?:said|says|according\s+to)\s+((?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]+)(?:\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]+)+)/;
const PRONOUN_RE = /^(?:he|she|they|it|we|i|you|some|many|others|this|that|these|those|reports?|a report)$/i;
const NAME_TAIL_RE = /((?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*)(?:\s+(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*|of|and|for|on|de|la|del))*(?:\s+\([A-Z]+\))?)$/;

/** Who a sentence credits its figures to, e.g. "…, according to government reports." → "government reports". */
export function readAttribution(sentence: string): string | null {
  const a = explicitSource(sentence);
  if (a) return clean(a[1]);
  const raw = subjectBefore(sentence);
  if (!raw) return null;
  let subject = raw.replace(/^(?:in\s+\d{4}|in\s+[A-Za-z]+\s+\d{4}|also|meanwhile)\s+/i, '').trim();
  if (subject.split(/\s+/).length > 9 || PRONOUN_RE.test(subject) || /^[A-Za-z\u00C0-\u024F]+ly$/.test(subject)) return null;
  // A passive ("no deaths have been reported") names no source.
  if (/\b(?:been|be|was|were|is|are|being|than|the)$/i.test(subject) || /^[a-z\u00DF-\u00FF]+ly\b/.test(subject)) return null;
  const tail = NAME_TAIL_RE.exec(subject);
  if (tail && /^[a-z\u00DF-\u00FF]/.test(subject) && tail[1].length < subject.length) subject = tail[1];
  return clean(subject);
}

// "according to X", "reported by X", "data from X", "said X". The passive pattern is slow to fail and cannot
// match without "by": a substring search skips it for most sentences (measured: a prefilter only pays for it).
function explicitSource(sentence: string): RegExpExecArray | null {
  return ATTR_ACCORDING_RE.exec(sentence) ??
    (sentence.includes('by') ? ATTR_PASSIVE_RE.exec(sentence) : null) ??
    ATTR_FROM_RE.exec(sentence) ??
    ATTR_INVERTED_RE.exec(sentence);
}

// The words between the last clause break (or "that") and a reporting verb: "Cristosal reported".
function subjectBefore(sentence: string): string | null {
  const m = REPORT_VERB_RES[0].exec(sentence) ?? REPORT_VERB_RES[1].exec(sentence);
  if (!m) return null;
  const before = sentence.slice(Math.max(0, m.index - SUBJECT_MAX), m.index);
  let cut = -1;
  for (const c of [', ', ';', ':', '“', '”', '"']) cut = Math.max(cut, before.lastIndexOf(c));
  if (cut < 0 && m.index > SUBJECT_MAX) return null;
  let subject = before.slice(cut + 1);
  // "The government has offered 4.5 per cent and says …": a subject holding a figure names no source.
  if (/\d/.test(subject)) return null;
  const that = subject.lastIndexOf(' that ');
  if (that >= 0) subject = subject.slice(that + 6);
  // "Authorities initially reported": an adverb before the verb is not part of the name.
  subject = subject.replace(/(?:\s+[a-z]+ly)+$/, '').trim();
  return subject.length >= 2 ? subject : null;
}

function clean(s: string): string | null {
  const t = s.replace(/^(?:the|a|an)\s+/i, '').replace(/\[\d+\]/g, '').trim();
  return t.length >= 2 && !PRONOUN_RE.test(t) && !FUNCTION_WORD_RE.test(t) ? t : null;
}
// "…, which recorded", "but later said", "… and said": a joining word before the verb names no one.
const FUNCTION_WORD_RE = /^(?:and|or|but|nor|which|who|whom|that|later|earlier|then|also|still|yet|however|now|again|so)$/i;

