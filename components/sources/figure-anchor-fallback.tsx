'use client';

import { useEffect } from 'react';

/**
 * On a long source shown in parts, a link to `#figure-N` in another part finds no mark here: it is sent on to
 * the figure's permalink, which knows the part. Rendered only for sources with more than one part.
 */
export function FigureAnchorFallback() {
  useEffect(() => {
    const m = /^#figure-(\d+)$/.exec(window.location.hash);
    if (m && !document.getElementById(`figure-${m[1]}`)) window.location.replace(`/figures/${m[1]}`);
  }, []);
  return null;
}
