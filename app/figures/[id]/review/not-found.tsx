import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function NotFound() {
  return <NotFoundMessage what="No figure is stored at this address. It may have been removed with its source, or the link is mistyped." />;
}
