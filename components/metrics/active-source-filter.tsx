import Link from '@/components/ui/link';

/** The overview's source filter, shown as a chip that names the source and links to the view without it. */
export function ActiveSourceFilter({ title, params }: { title: string; params: Record<string, string | undefined> }) {
  const rest = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[0] !== 'source' && !!e[1]));
  return (
    <p className="mb-3 flex items-center gap-2 text-sm text-gray-700" data-testid="source-filter">
      Metrics citing <span className="font-medium text-gray-900">{title}</span>
      <Link href={rest.size ? `/?${rest}` : '/'} className="rounded-full border border-gray-300 px-2 text-xs text-blue-700 hover:bg-gray-50" aria-label="Clear the source filter">
        × clear
      </Link>
    </p>
  );
}
