// Next's Link without prefetching. Every page renders per request (live numbers, a CSP nonce per render), so a
// prefetch brings back an empty segment yet costs the server a request: the overview's 80 links made one visit cost
// the server about 0.8 s of CPU, against 0.05 s for the page itself. A click still navigates on the client.
import NextLink from 'next/link';
import type { ComponentProps } from 'react';

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
