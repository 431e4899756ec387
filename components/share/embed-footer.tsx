/** An embedded chart's source line and its link back to the metric page with every citation. */
export function EmbedFooter({ sources, href }: { sources: string[]; href: string }) {
  return (
    <footer className="mt-2 space-y-1 border-t border-gray-200 pt-2 text-xs text-gray-600">
      <p data-testid="embed-sources">Sources: {sources.join('; ')}</p>
      <p>
        <a href={href} target="_blank" rel="noopener" className="font-medium text-blue-700 hover:underline">Spread: every citation, quoted and dated →</a>
      </p>
    </footer>
  );
}
