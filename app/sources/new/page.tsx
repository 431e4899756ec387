import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { connection } from 'next/server';
import { AddSourcesForm } from '@/components/sources/add-sources-form';
import { Panel } from '@/components/ui/card';
import { getEditor, SIGN_IN_TO_WRITE } from '@/lib/auth/session';
import { MAX_BATCH_FILES, MAX_FILE_BYTES } from '@/lib/ingest/settings';
import { discardDraftAction, previewDraftAction, saveDraftAction, stageFileAction, stagePasteAction, stageUrlAction } from './actions';

export const metadata: Metadata = { title: 'Add sources' };

const actions = { stagePaste: stagePasteAction, stageFile: stageFileAction, stageUrl: stageUrlAction, preview: previewDraftAction, save: saveDraftAction, discard: discardDraftAction };

export default async function AddSourcesPage() {
  await connection();
  const editor = await getEditor();
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Add sources</h1>
        <p className="text-sm text-gray-600">Paste a statement, upload files or PDF reports, or give a web page. Check the figures, then save.</p>
      </div>
      <Panel>
        {editor ? (
          <AddSourcesForm actions={actions} maxFileBytes={MAX_FILE_BYTES} maxFiles={MAX_BATCH_FILES} />
        ) : (
          <p className="text-sm">
            {SIGN_IN_TO_WRITE}{' '}
            <Link href="/login?next=/sources/new" className="font-medium text-blue-700 hover:underline">Sign in</Link>
          </p>
        )}
      </Panel>
    </div>
  );
}
