'use client';

import { useState } from 'react';

/** A read-only code field with a copy button: the embed code a desk pastes into its article. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <label className="block text-xs font-medium text-gray-600" htmlFor="embed-code">{label}</label>
      <textarea id="embed-code" readOnly value={value} rows={3} onFocus={(e) => e.currentTarget.select()} className="w-full rounded-md border-gray-300 font-mono text-xs" />
      <button
        type="button"
        className="rounded-md border border-gray-300 px-2 py-1 text-xs hover:bg-gray-50"
        onClick={() => navigator.clipboard.writeText(value).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? 'Copied' : 'Copy embed code'}
      </button>
    </div>
  );
}
