import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function NotFound() {
  return <NotFoundMessage what="There is no metric or source at this address." />;
}
