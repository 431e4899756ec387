import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listActivity } from '@/db/queries/review';
import { HistoryList } from '@/components/review/history-list';
import { Pagination } from '@/components/ui/pagination';
import { listPageParamsSchema } from '@/lib/validation/overview';

export const metadata: Metadata = { title: 'Activity' };

const PER_PAGE = 50;

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { page } = listPageParamsSchema.parse(await searchParams);
  const { rows, total } = listActivity(getDb(), page, PER_PAGE);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Activity</h1>
        <p className="text-sm text-gray-600">Every change the desk made, newest first: who, when, what, before and after, and why. Nothing here is ever edited or removed; an undo is a change of its own.</p>
      </div>
      <HistoryList events={rows} label="Activity" empty="No one has reviewed anything yet." />
      <Pagination label="Activity pages" params={{}} param="page" page={page} perPage={PER_PAGE} total={total} />
    </div>
  );
}
