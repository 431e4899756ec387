'use client';

import { Tab, TabGroup, TabList, TabPanel, TabPanels } from '@tremor/react';
import Link from '@/components/ui/link';
import { useState } from 'react';
import type { AddSourceActions, Failure, SaveSourcesResult, StageResult } from '@/lib/validation/add-source';
import type { SourcePreview } from '@/lib/ingest/preview';
import { FileFields, PasteFields, UrlFields } from './add-source-inputs';
import { SourcePreviewCard } from './source-preview';

type Way = 'paste' | 'files' | 'url';
type State =
  | { phase: 'input'; failure: (Failure & { way: Way }) | null }
  | { phase: 'reading'; done: number; total: number; current: string }
  | { phase: 'preview'; draftKey: string; sources: SourcePreview[]; saving: boolean; failure: Failure | null }
  | { phase: 'saved'; result: Extract<SaveSourcesResult, { ok: true }> };

const MB = 1024 * 1024;
const WAYS: Way[] = ['paste', 'files', 'url'];

/** Paste, upload or fetch sources; preview their figures and metrics; then save them in one go. */
export function AddSourcesForm({ actions, maxFileBytes, maxFiles }: { actions: AddSourceActions; maxFileBytes: number; maxFiles: number }) {
  const [state, setState] = useState<State>({ phase: 'input', failure: null });
  const [way, setWay] = useState(0);

  async function read(w: Way, stageAll: () => Promise<StageResult>) {
    const staged = await stageAll();
    if (!staged.ok) return setState({ phase: 'input', failure: { ...staged, way: w } });
    const preview = await actions.preview(staged.draftKey);
    if (!preview.ok) return setState({ phase: 'input', failure: { ...preview, way: w } });
    setState({ phase: 'preview', draftKey: preview.draftKey, sources: preview.sources, saving: false, failure: null });
  }

  const onPaste = (form: HTMLFormElement) => {
    setState({ phase: 'reading', done: 0, total: 1, current: 'pasted text' });
    return read('paste', () => actions.stagePaste(new FormData(form)));
  };
  const onUrl = (form: HTMLFormElement) => {
    setState({ phase: 'reading', done: 0, total: 1, current: String(new FormData(form).get('url') ?? '') });
    return read('url', () => actions.stageUrl(new FormData(form)));
  };
  const onFiles = (form: HTMLFormElement) => {
    const files = [...((form.elements.namedItem('files') as HTMLInputElement).files ?? [])];
    const fail = (message: string) => setState({ phase: 'input', failure: { ok: false, message, way: 'files' } });
    if (files.length === 0) return fail('Choose one or more files first.');
    if (files.length > maxFiles) return fail(`${files.length} files chosen; a batch holds at most ${maxFiles}. Nothing was saved.`);
    // Checked here too so a large file is refused before it is uploaded; the server checks again.
    const big = files.find((f) => f.size > maxFileBytes);
    if (big) return fail(`${big.name}: the file is ${(big.size / MB).toFixed(1)} MB; the limit is ${maxFileBytes / MB} MB per file. Nothing was saved.`);
    return read('files', async () => {
      let draftKey: string | null = null;
      for (const [i, file] of files.entries()) {
        setState({ phase: 'reading', done: i, total: files.length, current: file.name });
        const data = new FormData();
        data.set('file', file);
        if (draftKey) data.set('draftKey', draftKey);
        const result = await actions.stageFile(data);
        if (!result.ok) {
          if (draftKey) await actions.discard(draftKey);
          return result;
        }
        draftKey = result.draftKey;
      }
      setState({ phase: 'reading', done: files.length, total: files.length, current: '' });
      return { ok: true, draftKey: draftKey! };
    });
  };

  async function save(draftKey: string) {
    if (state.phase !== 'preview') return;
    setState({ ...state, saving: true, failure: null });
    const result = await actions.save(draftKey);
    setState(result.ok ? { phase: 'saved', result } : { ...state, saving: false, failure: result });
  }
  async function discard(draftKey: string) {
    await actions.discard(draftKey);
    setState({ phase: 'input', failure: null });
  }

  if (state.phase === 'preview') return <PreviewStep state={state} onSave={save} onDiscard={discard} />;
  if (state.phase === 'saved') return <SavedStep result={state.result} onMore={() => setState({ phase: 'input', failure: null })} />;
  const busy = state.phase === 'reading';
  const failure = state.phase === 'input' ? state.failure : null;
  const errorsFor = (w: Way) => (failure?.way === w ? failure.fieldErrors : undefined);
  return (
    <div className="space-y-4">
      <TabGroup index={way} onIndexChange={setWay}>
        <TabList variant="line">
          <Tab>Paste text</Tab>
          <Tab>Upload files</Tab>
          <Tab>Web page</Tab>
        </TabList>
        <TabPanels className="pt-4">
          <TabPanel><PasteFields onSubmit={onPaste} busy={busy} errors={errorsFor('paste')} /></TabPanel>
          <TabPanel><FileFields onSubmit={onFiles} busy={busy} maxMb={maxFileBytes / MB} /></TabPanel>
          <TabPanel><UrlFields onSubmit={onUrl} busy={busy} errors={errorsFor('url')} /></TabPanel>
        </TabPanels>
      </TabGroup>
      {failure && failure.way === WAYS[way] && <Alert>{failure.message}</Alert>}
      {busy && (
        <div className="space-y-1 text-sm text-gray-700">
          <progress className="h-2 w-full" aria-label="Reading sources" value={state.done} max={state.total} />
          <p>{state.total > 1 ? `${state.done} of ${state.total} read${state.current ? `: reading ${state.current}` : ''}` : `Reading ${state.current}…`}</p>
        </div>
      )}
    </div>
  );
}

function Alert({ children }: { children: React.ReactNode }) {
  return <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{children}</p>;
}

function PreviewStep({ state, onSave, onDiscard }: { state: Extract<State, { phase: 'preview' }>; onSave: (k: string) => void; onDiscard: (k: string) => void }) {
  const fresh = state.sources.filter((s) => !s.duplicateOf);
  const figures = fresh.reduce((n, s) => n + s.figures.length, 0);
  return (
    <section className="space-y-4" aria-label="Preview">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-base font-semibold">Preview: {fresh.length} new {fresh.length === 1 ? 'source' : 'sources'}, {figures} {figures === 1 ? 'figure' : 'figures'}</h2>
        <button type="button" onClick={() => onSave(state.draftKey)} disabled={state.saving || fresh.length === 0} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60">
          {state.saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={() => onDiscard(state.draftKey)} className="text-sm text-gray-700 hover:underline">
          Discard
        </button>
      </div>
      <p className="text-xs text-gray-600">
        Highlights: <mark className="rounded-sm bg-sky-100 px-1 ring-1 ring-sky-400">joins a stored metric</mark>{' '}
        <mark className="rounded-sm bg-amber-100 px-1 ring-1 ring-amber-400">starts a new metric</mark>{' '}
        <mark className="rounded-sm bg-stone-200 px-1 ring-1 ring-stone-400">no metric yet</mark>. Metrics are regrouped over every source on
        saving; this is the grouping that saving would produce now.
      </p>
      {state.failure && <Alert>{state.failure.message}</Alert>}
      {state.sources.map((s, i) => <SourcePreviewCard key={i} source={s} />)}
    </section>
  );
}

function SavedStep({ result, onMore }: { result: Extract<SaveSourcesResult, { ok: true }>; onMore: () => void }) {
  return (
    <section className="space-y-3 text-sm" aria-label="Saved">
      <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
        Saved {result.added.length} {result.added.length === 1 ? 'source' : 'sources'}
        {result.alreadyStored.length ? `; ${result.alreadyStored.length} already stored` : ''}.
      </p>
      <ul className="list-disc pl-5">
        {result.added.map((s) => (
          <li key={s.id}><Link href={`/sources/${s.id}`} className="text-blue-700 hover:underline">{s.title}</Link> ({s.figures} figures)</li>
        ))}
        {result.alreadyStored.map((s) => (
          <li key={s.id}>already stored: <Link href={`/sources/${s.id}`} className="text-blue-700 hover:underline">{s.title}</Link></li>
        ))}
      </ul>
      <button type="button" onClick={onMore} className="text-blue-700 hover:underline">Add more sources</button>
    </section>
  );
}
