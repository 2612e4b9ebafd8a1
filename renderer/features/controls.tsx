// Small labelled controls for the Features screen: a checkbox, a choice of
// several (checkboxes) and a select, each with its own accessible name.
import { useId } from 'react';
import type { ReactNode } from 'react';

/** A choice shown to the person; `verbatim` when its label is the template's own word (a contact type), not the UI's. */
export interface Option<T extends string> {
  value: T;
  label: string;
  verbatim?: boolean;
}

export function Check({ label, checked, onChange, disabled, verbatim }: { label: string; checked: boolean; onChange(value: boolean): void; disabled?: boolean; verbatim?: boolean | undefined }) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} translate={verbatim ? 'no' : undefined}>
        {label}
      </label>
    </div>
  );
}

export function Several<T extends string>({ legend, options, value, onChange, disabled }: { legend: string; options: readonly Option<T>[]; value: readonly T[]; onChange(next: T[]): void; disabled?: boolean }) {
  return (
    <fieldset className="several" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <Check
          key={o.value}
          label={o.label}
          verbatim={o.verbatim}
          checked={value.includes(o.value)}
          onChange={(on) => onChange(on ? [...value.filter((v) => v !== o.value), o.value] : value.filter((v) => v !== o.value))}
        />
      ))}
    </fieldset>
  );
}

export function Choice<T extends string>({ label, options, value, onChange, disabled }: { label: string; options: readonly Option<T>[]; value: T; onChange(next: T): void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} translate={o.verbatim ? 'no' : undefined}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A text field saved when the agent leaves it. */
export function TextSetting({ label, value, onSave, multiline, placeholder, hint }: { label: string; value: string; onSave(next: string): void; multiline?: boolean; placeholder?: string; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} defaultValue={value} placeholder={placeholder} onBlur={(e) => e.target.value !== value && onSave(e.target.value)} />
      ) : (
        <input id={id} defaultValue={value} placeholder={placeholder} onBlur={(e) => e.target.value !== value && onSave(e.target.value)} />
      )}
      {hint}
    </div>
  );
}
