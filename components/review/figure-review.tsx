import type { ReviewAction } from './review-form';
import { ReviewForm } from './review-form';
import { fieldClass, labelClass } from './classes';

interface Figure {
  id: number;
  kind: 'quantity' | 'date';
  low: number | null;
  high: number | null;
  qualifier: string;
  hedge: string | null;
  unit: string | null;
  counts: string | null;
  asOf: string | null;
  attributedTo: string | null;
  metricId: number | null;
}

const QUALIFIERS = ['exact', 'about', 'at least', 'more than', 'up to', 'less than', 'range'];

function Reason({ placeholder, optional }: { placeholder: string; optional?: boolean }) {
  return (
    <label className={labelClass}>
      Reason{optional ? ' (optional)' : ''}
      <input name="reason" required={!optional} minLength={optional ? undefined : 3} placeholder={placeholder} className={fieldClass} />
    </label>
  );
}

/** Every decision an editor can make on one figure, each its own form carrying the version the page showed. */
export function FigureReview({ figure, version, action, metrics }: {
  figure: Figure;
  version: number;
  action: ReviewAction;
  metrics: { id: number; label: string; figureCount: number }[];
}) {
  const hidden = (name: string) => ({ action: name, figureId: figure.id, version });
  const text = (name: keyof Figure, label: string) => (
    <label className={labelClass}>
      {label}
      <input name={name} defaultValue={(figure[name] as string | null) ?? ''} className={fieldClass} />
    </label>
  );
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-4">
        <ReviewForm action={action} label="Confirm figure" hidden={hidden('confirm')} submit="Confirm" />
        <ReviewForm action={action} label="Reject figure" hidden={hidden('reject')} submit="Reject" tone="danger">
          <Reason placeholder="e.g. a capacity, not a count of people held" />
        </ReviewForm>
        <ReviewForm action={action} label="Rank figure" hidden={hidden('rank')} submit="Set rank" tone="plain">
          <label className={labelClass}>
            Rank
            <select name="rank" defaultValue="preferred" className={fieldClass}>
              <option value="preferred">preferred: the best statement of this value</option>
              <option value="normal">normal</option>
              <option value="deprecated">deprecated: kept, left out of the spread</option>
            </select>
          </label>
          <Reason placeholder="e.g. superseded by the ministry's later count" />
        </ReviewForm>
        <ReviewForm action={action} label="Move figure" hidden={hidden('move')} submit="Move" tone="plain">
          <label className={labelClass}>
            Move to metric
            <select name="to" defaultValue="new" className={fieldClass}>
              <option value="new">a new metric, named below</option>
              {metrics.filter((m) => m.id !== figure.metricId).map((m) => <option key={m.id} value={m.id}>{m.label} ({m.figureCount})</option>)}
            </select>
          </label>
          <label className={labelClass}>
            New metric&apos;s name
            <input name="newLabel" className={fieldClass} />
          </label>
          <Reason placeholder="e.g. counts cells, not people" />
        </ReviewForm>
      </div>
      <ReviewForm action={action} label="Edit figure" hidden={hidden('edit')} submit="Save edit" tone="plain">
        {figure.kind === 'quantity' && (
          <div className="grid grid-cols-2 gap-2">
            <label className={labelClass}>Low<input name="low" inputMode="decimal" defaultValue={figure.low ?? ''} className={fieldClass} /></label>
            <label className={labelClass}>High<input name="high" inputMode="decimal" defaultValue={figure.high ?? ''} className={fieldClass} /></label>
          </div>
        )}
        <label className={labelClass}>
          Qualifier
          <select name="qualifier" defaultValue={figure.qualifier} className={fieldClass}>
            {QUALIFIERS.map((q) => <option key={q} value={q}>{q}</option>)}
          </select>
        </label>
        {text('hedge', 'Hedge as written')}
        {text('unit', 'Unit')}
        {text('counts', 'What it counts')}
        {text('asOf', 'As of (YYYY-MM-DD)')}
        {text('attributedTo', 'Attributed to')}
        <Reason placeholder="e.g. the quote says 'inmates', not 'prisoners'" optional />
      </ReviewForm>
    </div>
  );
}
