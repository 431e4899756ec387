'use client';

import type { FormEvent, ReactNode } from 'react';

const input = 'mt-1 block w-full rounded-md border-gray-300 text-sm shadow-sm focus:border-blue-500 focus:ring-blue-500';
const button = 'rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60';
type Errors = Record<string, string[] | undefined> | undefined;

function Field({ label, name, errors, children }: { label: string; name: string; errors: Errors; children: ReactNode }) {
  return (
    <label className="block text-sm font-medium text-gray-700">
      {label}
      {children}
      {errors?.[name]?.map((e) => (
        <span key={e} className="mt-1 block text-xs font-normal text-red-700" id={`${name}-error`}>
          {e}
        </span>
      ))}
    </label>
  );
}

const submitTo = (onSubmit: (form: HTMLFormElement) => void) => (e: FormEvent<HTMLFormElement>) => {
  e.preventDefault();
  onSubmit(e.currentTarget);
};

/** Text pasted from anywhere, with what the editor knows about where it came from. */
export function PasteFields({ onSubmit, busy, errors }: { onSubmit: (form: HTMLFormElement) => void; busy: boolean; errors: Errors }) {
  return (
    <form onSubmit={submitTo(onSubmit)} className="space-y-3" aria-label="Paste text">
      <Field label="Text" name="text" errors={errors}>
        <textarea name="text" rows={10} className={`${input} font-serif`} placeholder="Paste the statement, article or report here." />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Title" name="title" errors={errors}>
          <input name="title" className={input} placeholder="First line of the text if empty" />
        </Field>
        <Field label="Publisher" name="publisher" errors={errors}>
          <input name="publisher" className={input} />
        </Field>
        <Field label="URL" name="url" errors={errors}>
          <input name="url" inputMode="url" className={input} placeholder="https://" />
        </Field>
        <Field label="Publication date" name="publishedAt" errors={errors}>
          <input name="publishedAt" className={input} placeholder="2025-03-17, 2025-03 or 2025" />
        </Field>
      </div>
      <button type="submit" disabled={busy} className={button}>
        Preview
      </button>
    </form>
  );
}

/** One or many files; the form reads them one by one so a batch shows its progress. */
export function FileFields({ onSubmit, busy, maxMb }: { onSubmit: (form: HTMLFormElement) => void; busy: boolean; maxMb: number }) {
  return (
    <form onSubmit={submitTo(onSubmit)} className="space-y-3" aria-label="Upload files">
      <label className="block text-sm font-medium text-gray-700">
        Files
        <input
          name="files"
          type="file"
          multiple
          accept=".txt,.text,.md,.markdown,.html,.htm,.pdf"
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-gray-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-gray-200"
        />
      </label>
      <p className="text-xs text-gray-500">
        .txt, .md (front matter gives title, publisher, URL and date), .html and .pdf with a text layer; up to {maxMb} MB each.
        Figures in a PDF are cited with their page.
      </p>
      <button type="submit" disabled={busy} className={button}>
        Preview
      </button>
    </form>
  );
}

/** A web page or PDF address the server fetches. */
export function UrlFields({ onSubmit, busy, errors }: { onSubmit: (form: HTMLFormElement) => void; busy: boolean; errors: Errors }) {
  return (
    <form onSubmit={submitTo(onSubmit)} className="space-y-3" aria-label="Fetch a web page">
      <Field label="Address of a web page or PDF" name="url" errors={errors}>
        <input name="url" inputMode="url" className={input} placeholder="https://example.org/article.html" />
      </Field>
      <p className="text-xs text-gray-500">
        The server fetches it (redirects followed and recorded), keeps the readable article and its title, publisher, date and
        canonical address, and stores the page as it was fetched.
      </p>
      <button type="submit" disabled={busy} className={button}>
        Fetch and preview
      </button>
    </form>
  );
}
