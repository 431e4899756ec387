import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function NotFound() {
  return <NotFoundMessage what="No metric is stored at this address. It may have been removed, or the link is mistyped." />;
}
