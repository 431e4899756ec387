import { fieldClass, labelClass } from './classes';
import { ReviewForm, type ReviewAction } from './review-form';

interface Props {
  metric: { id: number; label: string; description: string };
  version: number;
  scope: string | null;
  verdict: { low: number | null; high: number | null; note: string | null; figureIds: number[] } | null;
  figures: { id: number; rawText: string; title: string }[];
  others: { id: number; label: string; figureCount: number }[];
  action: ReviewAction;
}

function Reason({ placeholder, optional }: { placeholder: string; optional?: boolean }) {
  return (
    <label className={labelClass}>
      Reason{optional ? ' (optional)' : ''}
      <input name="reason" required={!optional} placeholder={placeholder} className={fieldClass} />
    </label>
  );
}

function FigureBoxes({ figures, legend, checked = [] }: { figures: Props['figures']; legend: string; checked?: number[] }) {
  return (
    <fieldset className="max-h-56 space-y-1 overflow-y-auto rounded-md border border-gray-200 p-2">
      <legend className="px-1 text-sm font-medium text-gray-700">{legend}</legend>
      {figures.map((f) => (
        <label key={f.id} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="figureIds" value={f.id} defaultChecked={checked.includes(f.id)} className="rounded border-gray-300" />
          {f.rawText} · {f.title}
        </label>
      ))}
    </fieldset>
  );
}

function MetricSelect({ others, name, label }: { others: Props['others']; name: string; label: string }) {
  return (
    <label className={labelClass}>
      {label}
      <select name={name} required className={fieldClass} defaultValue="">
        <option value="" disabled>Choose a metric</option>
        {others.map((m) => <option key={m.id} value={m.id}>{m.label} ({m.figureCount})</option>)}
      </select>
    </label>
  );
}

/** An editor's tools for a metric: rename and scope, the desk's verdict, merge, split and "not comparable". */
export function MetricCuration({ metric, version, scope, verdict, figures, others, action }: Props) {
  const hidden = (name: string) => ({ action: name, metricId: metric.id, version });
  return (
    <div className="grid gap-5 md:grid-cols-2">
      <ReviewForm action={action} label="Rename metric" hidden={hidden('rename')} submit="Save name and scope" tone="plain">
        <label className={labelClass}>Name<input name="label" required defaultValue={metric.label} className={fieldClass} /></label>
        <label className={labelClass}>
          Scope: exactly what it counts
          <textarea name="scope" rows={2} defaultValue={scope ?? ''} placeholder={metric.description} className={fieldClass} />
        </label>
        <Reason placeholder="e.g. the machine's name mixed two counts" optional />
      </ReviewForm>
      <ReviewForm action={action} label="Record the desk's verdict" hidden={hidden('verdict')} submit="Record verdict">
        <div className="grid grid-cols-2 gap-2">
          <label className={labelClass}>Value, or low end<input name="low" required inputMode="decimal" defaultValue={verdict?.low ?? ''} className={fieldClass} /></label>
          <label className={labelClass}>High end (for a range)<input name="high" inputMode="decimal" defaultValue={verdict?.high ?? ''} className={fieldClass} /></label>
        </div>
        <label className={labelClass}>Explanation<textarea name="note" required rows={2} defaultValue={verdict?.note ?? ''} className={fieldClass} /></label>
        <FigureBoxes figures={figures} legend="Rests on" checked={verdict?.figureIds} />
      </ReviewForm>
      <ReviewForm action={action} label="Split metric" hidden={hidden('split')} submit="Split into a new metric" tone="plain">
        <FigureBoxes figures={figures} legend="Figures that belong in the new metric" />
        <label className={labelClass}>New metric&apos;s name<input name="label" required className={fieldClass} /></label>
        <Reason placeholder="e.g. these count cells, not people" />
      </ReviewForm>
      <div className="space-y-5">
        <ReviewForm action={action} label="Merge metric" hidden={hidden('merge')} submit="Merge into it" tone="plain">
          <MetricSelect others={others} name="into" label="Merge this metric into" />
          <Reason placeholder="e.g. both count deaths in custody" />
        </ReviewForm>
        <ReviewForm action={action} label="Mark not comparable" hidden={hidden('not-comparable')} submit="Mark not comparable" tone="plain">
          <MetricSelect others={others} name="other" label="Not comparable with" />
          <Reason placeholder="e.g. one counts 2023 only, the other since 2022" />
        </ReviewForm>
      </div>
    </div>
  );
}
