import { splitPassages, type HighlightMark } from '@/lib/spread/highlight';

/**
 * The stored text, line breaks kept, each figure in a <mark id="figure-N"> coloured by metric.
 * Quoted sentences are wrapped so `:target` can light up the sentence around a linked figure.
 */
export function SourceText({
  text,
  figures,
}: {
  text: string;
  figures: { quoteStart: number; quoteEnd: number; mark: HighlightMark & { title: string } }[];
}) {
  const titles = new Map(figures.map((f) => [f.mark.id, f.mark.title]));
  const passages = splitPassages(text, figures, figures.map((f) => f.mark));
  return (
    <div data-testid="source-text" className="whitespace-pre-wrap break-words font-serif text-[1.02rem] leading-7 text-gray-900">
      {passages.map((p) => {
        const children = p.segments.map((s, i) =>
          s.mark ? (
            <mark key={i} id={`figure-${s.mark.id}`} title={titles.get(s.mark.id)} className={`figure-mark rounded-sm px-0.5 ring-1 ${s.mark.tone}`}>
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        );
        return p.quoted ? (
          <span key={p.start} className="passage">
            {children}
          </span>
        ) : (
          <span key={p.start}>{children}</span>
        );
      })}
    </div>
  );
}
