import { highlightSegments } from '@/lib/spread/highlight';

/** A citation's quote with its figure (hedge included) in a <mark>. */
export function HighlightedQuote({ quote, quoteStart, start, end }: { quote: string; quoteStart: number; start: number; end: number }) {
  const segments = highlightSegments(quote, [{ id: 0, start, end, tone: '' }], quoteStart);
  return (
    <blockquote className="border-l-2 border-gray-300 pl-3 text-[0.95rem] leading-relaxed text-gray-800">
      “
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 font-semibold text-gray-900">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
      ”
    </blockquote>
  );
}
